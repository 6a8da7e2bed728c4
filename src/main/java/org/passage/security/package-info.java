/**
 * Who may do what: login with an Argon2id password and a mandatory TOTP second factor, lockout and rate
 * limits, sessions that "log out everywhere" can end, CSRF and security headers on every response, and the
 * user administration pages. Other features ask {@link org.passage.security.CurrentStaff} who is acting and
 * guard their methods with {@code @PreAuthorize}.
 */
@ApplicationModule(allowedDependencies = {"audit", "crypto", "database", "organizations", "web"})
@NullMarked
package org.passage.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
