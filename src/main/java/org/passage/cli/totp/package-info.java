/**
 * {@code passage totp}: the current authenticator code for a key, so the demo can be tried without a phone.
 */
@NullMarked
package org.passage.cli.totp;

import org.jspecify.annotations.NullMarked;
