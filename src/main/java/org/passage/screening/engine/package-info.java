/**
 * The matching engine behind {@link org.passage.screening.Screening}, opened for measuring it: the benchmarks
 * and the evaluation on labelled pairs ({@code passage bench screening}, {@code passage eval screening}) need
 * what the API deliberately hides (the candidate rank of an expected entry, the script a name is read in, the
 * romanisations a name is compared by). Features use {@code Screening}, not this.
 */
@NamedInterface("engine")
@NullMarked
package org.passage.screening.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
