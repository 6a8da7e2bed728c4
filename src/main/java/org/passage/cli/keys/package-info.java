/**
 * {@code passage keys}: an operator rotates the master key and the organizations' data keys while Passage keeps serving, through crypto's {@code KeyRotation}.
 */
@NullMarked
package org.passage.cli.keys;

import org.jspecify.annotations.NullMarked;
