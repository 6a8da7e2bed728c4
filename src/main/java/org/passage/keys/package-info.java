/**
 * Where key files live: one directory ({@code passage.keys-dir}, {@code PASSAGE_KEYS_DIR}) outside the data folder, so
 * that a copy of the data folder or of a backup never carries the keys that open it. Keys that earlier versions kept
 * in {@code <data-dir>/keys} are moved there at startup, safely.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.passage.keys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
