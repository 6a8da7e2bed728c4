/** {@code passage bench search}: the case list's search timed at 10,000 cases of one organization. */
@NullMarked
package org.passage.bench.search;

import org.jspecify.annotations.NullMarked;
