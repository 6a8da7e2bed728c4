/**
 * Reports: the statistics an organization publishes about its work, over a chosen period. Features report
 * aggregated counts through {@link StatisticsSource}; reports alone decides what may be shown, suppressing
 * small counts (and whatever would let one be worked out) before any figure is displayed or exported.
 */
@ApplicationModule(allowedDependencies = {"audit", "days", "organizations", "security", "web"})
@NullMarked
package org.passage.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
