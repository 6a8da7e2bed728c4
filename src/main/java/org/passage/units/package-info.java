/**
 * The unit knowledge base: Russian military units (names in three languages, в/ч numbers, parent formations,
 * garrisons, positions by date), documented incidents of civilian harm, and the links between them — inferred
 * by space and time from open data and reviewed by analysts. Vetting resolves an applicant's free-text unit
 * through {@link org.passage.units.UnitDirectory}; nothing here is personal data.
 */
@ApplicationModule(allowedDependencies = {"audit", "datasets", "days", "geo", "security", "watchlists", "web"})
@NullMarked
package org.passage.units;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
