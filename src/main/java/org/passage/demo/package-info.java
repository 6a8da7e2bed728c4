/**
 * The demo data of {@code passage demo} (and of {@code telegram simulate} and the browser tests): one declared
 * order of steps ({@link org.passage.demo.DemoData}) and the seeders that fill them. The demo is not a feature:
 * its seeders write through the features' public APIs; those still inside a feature depend on this module for
 * {@link org.passage.demo.DemoSeeder} only, until they move here.
 */
@ApplicationModule(allowedDependencies = {"datasets", "organizations", "security", "units", "watchlists"})
@NullMarked
package org.passage.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
