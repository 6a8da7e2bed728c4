/**
 * Cases: one person we help, from first contact to asylum. A case belongs to one organization and is seen
 * only by those with a need to know (its assigned staff and the coordinators); every read and change is
 * audited and every personal field is sealed.
 */
@ApplicationModule(allowedDependencies = {"audit", "crypto", "days", "demo", "organizations", "security", "web"})
@NullMarked
package org.passage.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
