/** Fetching, checking, storing and recording dataset versions; nothing here is used outside the module. */
@NullMarked
package org.passage.datasets.internal;

import org.jspecify.annotations.NullMarked;
