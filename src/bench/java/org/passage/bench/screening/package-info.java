/**
 * Screening measured: latency and throughput on synthetic names grown from real name tables, why variants are missed, and precision/recall on labelled pairs against Jaro-Winkler and Lucene fuzzy baselines.
 */
@NullMarked
package org.passage.bench.screening;

import org.jspecify.annotations.NullMarked;
