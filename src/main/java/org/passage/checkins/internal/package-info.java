/**
 * Schedules, one-time links, alerts and their escalation, the scheduler that finds missed check-ins, and the
 * staff pages (board, schedule settings) and the public link page. Nothing here stores personal data.
 */
@NullMarked
package org.passage.checkins.internal;

import org.jspecify.annotations.NullMarked;
