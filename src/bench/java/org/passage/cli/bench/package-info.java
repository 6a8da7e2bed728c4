/**
 * {@code passage bench} and {@code passage eval}: the measuring commands. They live in the bench source set beside what they run (the {@code bench} module) and ship in the jar.
 */
@NullMarked
package org.passage.cli.bench;

import org.jspecify.annotations.NullMarked;
