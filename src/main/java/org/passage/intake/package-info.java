/**
 * Public intake: a person who needs help writes in without an account, on a page that works with no
 * JavaScript (Tor Browser's "Safest" mode), and gets a case code and a passphrase to follow his case's stage.
 * It collects the minimum and seals all of it.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "organizations", "security", "web"})
@NullMarked
package org.passage.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
