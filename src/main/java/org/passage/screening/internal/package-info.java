/**
 * The matching engine behind screening: romanisation and phonetic forms, the given-name table, name parsing,
 * the Lucene candidate index and the explainable scorer. Pure Java, no Spring; measured from the bench module.
 */
@NullMarked
package org.passage.screening.internal;

import org.jspecify.annotations.NullMarked;
