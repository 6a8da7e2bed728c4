/**
 * Safety check-ins: a person on the way to safety checks in on a schedule; a missed check-in raises an
 * alert that escalates until somebody acknowledges it, and a duress phrase raises the highest alert without
 * showing any difference to whoever holds the phone. Other features call {@link org.passage.checkins.CheckIns}.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "database", "demo", "journeys", "organizations", "reports", "security", "web"})
@NullMarked
package org.passage.checkins;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
