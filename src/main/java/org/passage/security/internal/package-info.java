/**
 * The login steps (password, password change, TOTP enrolment and code), the limits that defend them, the
 * filter chain with its headers, and the user administration pages for org admins and system admins.
 */
@NullMarked
package org.passage.security.internal;

import org.jspecify.annotations.NullMarked;
