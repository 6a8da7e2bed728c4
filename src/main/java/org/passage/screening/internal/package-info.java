/**
 * The matching engine behind screening: romanisation and phonetic forms, the given-name table, name parsing,
 * the Lucene candidate index and the explainable scorer, plus the eval and bench harnesses. Pure Java, no Spring.
 */
@NullMarked
package org.passage.screening.internal;

import org.jspecify.annotations.NullMarked;
