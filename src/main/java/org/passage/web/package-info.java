/**
 * The web shell shared by every feature: the home page with what needs the member's attention (each feature's
 * {@link org.passage.web.HomeSection}) and the cards features contribute ({@link org.passage.web.DashboardCard}), the language switch (en/fr/ru), and the error pages, which say
 * what went wrong in the user's language and nothing about the inside of Passage ({@code /api/**} gets
 * RFC 7807 problem JSON instead).
 */
@ApplicationModule(allowedDependencies = {"organizations"})
@NullMarked
package org.passage.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
