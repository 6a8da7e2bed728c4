/**
 * Geo-temporal engine: where a place lies (Russia, Belarus, Ukraine, occupied Ukraine, elsewhere) on a date or
 * over a period, from country borders and the time series of Russian-occupied territory, and the gazetteer that
 * turns an applicant's town name into coordinates. Vetting uses it to check claimed service places; the engine
 * itself knows nothing of Spring, so it runs in plain unit tests and in the {@code passage geo} command.
 */
@ApplicationModule(allowedDependencies = {"datasets"})
@NullMarked
package org.passage.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
