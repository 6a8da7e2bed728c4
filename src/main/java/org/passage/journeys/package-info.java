/**
 * Journeys: where a person is on his way to safety. Stage changes follow the rules of the route (with
 * corrections on record), every change and every move between countries is kept as history, and the country
 * risk register says how dangerous the country he is in now is. Other features ask {@link Journeys} for the
 * current whereabouts and hear {@link StageChanged} and {@link WhereaboutsChanged}.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "days", "demo", "organizations", "reports", "security", "web"})
@NullMarked
package org.passage.journeys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
