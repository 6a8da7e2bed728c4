/**
 * {@code passage telegram}: the Telegram bot's commands; {@code simulate} lives with its fake Telegram in the bench source set.
 */
@NullMarked
package org.passage.cli.telegram;

import org.jspecify.annotations.NullMarked;
