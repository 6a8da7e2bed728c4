/**
 * Days as members type them into forms (yyyy-mm-dd or dd.mm.yyyy): one reader for every feature's date fields, the
 * audit trail's filter too. It depends on nothing, so that the audit module, which every other feature depends on,
 * may use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.passage.days;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
