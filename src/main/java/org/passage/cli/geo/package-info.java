/**
 * {@code passage geo status}: where a place or point lay on a date, answered from the geo feature's public API with no database.
 */
@NullMarked
package org.passage.cli.geo;

import org.jspecify.annotations.NullMarked;
