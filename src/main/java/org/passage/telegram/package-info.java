/**
 * The Telegram bot: a person writes in, follows his case's stage and checks in from Telegram, and staff get
 * check-in alerts there. It keeps as little as possible in Telegram: it never echoes personal data, deletes the
 * person's secrets after reading them, and stores chat ids only sealed.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "checkins", "crypto", "intake", "organizations", "security", "web"})
@NullMarked
package org.passage.telegram;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
