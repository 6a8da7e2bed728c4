/** {@code passage backup}, {@code passage backup verify} and {@code passage restore}: the operator's side of the backup feature. */
@NullMarked
package org.passage.cli.backup;

import org.jspecify.annotations.NullMarked;
