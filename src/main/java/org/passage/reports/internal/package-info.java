/**
 * The statistics page, its charts and CSV exports, and the suppression rule they all go through. Tables come
 * from the features' {@link org.passage.reports.StatisticsSource}s; nothing here reads another feature's tables.
 */
@NullMarked
package org.passage.reports.internal;

import org.jspecify.annotations.NullMarked;
