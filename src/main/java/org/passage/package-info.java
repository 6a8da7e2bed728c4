/**
 * Passage: intake, case and journey tracking, screening and vetting for the organizations that help war
 * resisters reach safety. Each sub-package is one feature (a Spring Modulith module) that owns its web,
 * domain and persistence code and exposes only a small API and events.
 */
@NullMarked
package org.passage;

import org.jspecify.annotations.NullMarked;
