/** Retention rules, legal holds, erasure requests, the erasure itself and its signed deletion records. */
@NullMarked
package org.passage.retention.internal;

import org.jspecify.annotations.NullMarked;
