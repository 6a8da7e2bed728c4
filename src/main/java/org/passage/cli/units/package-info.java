/**
 * {@code passage units}: an operator loads the unit knowledge base from the shared data folder and sees what it holds, through the units feature's {@code UnitSources}.
 */
@NullMarked
package org.passage.cli.units;

import org.jspecify.annotations.NullMarked;
