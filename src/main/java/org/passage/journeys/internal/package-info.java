/**
 * The journey's rules, history tables, pages and the risk register; nothing here is reached from other
 * features except through {@link org.passage.journeys.Journeys}, the events and the counts it reports to the
 * statistics page.
 */
@NullMarked
package org.passage.journeys.internal;

import org.jspecify.annotations.NullMarked;
