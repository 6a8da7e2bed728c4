/** The keys directory's bean and the crash-safe move of key files out of the data folder. */
@NullMarked
package org.passage.keys.internal;

import org.jspecify.annotations.NullMarked;
