/** {@code passage retention}: an operator runs the retention rules (or previews them) and checks deletion records. */
@NullMarked
package org.passage.cli.retention;

import org.jspecify.annotations.NullMarked;
