/**
 * The conversation state machine (plain Java, no I/O), the bot that drives it over the telegrambots library,
 * the sealed chat links, the staff alert notifier and the staff pages that hand out one-time link codes.
 */
@NullMarked
package org.passage.telegram.internal;

import org.jspecify.annotations.NullMarked;
