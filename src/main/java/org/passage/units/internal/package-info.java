/**
 * Storage, import, name resolution and link inference behind {@link org.passage.units.UnitDirectory}, and the
 * analysts' pages. Parsing and matching are plain Java so they are unit- and fuzz-tested without Spring.
 */
@NullMarked
package org.passage.units.internal;

import org.jspecify.annotations.NullMarked;
