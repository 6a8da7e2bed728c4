/**
 * The Telegram bot: a person writes in, follows his case's stage and checks in from Telegram, and staff get
 * check-in alerts there. It keeps as little as possible in Telegram: it never echoes personal data, deletes the
 * person's secrets after reading them, and stores chat ids only sealed.
 */
@NullMarked
package org.passage.telegram;

import org.jspecify.annotations.NullMarked;
