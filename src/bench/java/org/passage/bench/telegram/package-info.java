/**
 * A fake Telegram Bot API on the loopback interface, for {@code passage telegram simulate} and the bot's end-to-end tests.
 */
@NullMarked
package org.passage.bench.telegram;

import org.jspecify.annotations.NullMarked;
