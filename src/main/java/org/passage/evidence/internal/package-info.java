/**
 * How evidence is kept: the sealed archived copies and the append-only custody log in PostgreSQL, the
 * need-to-know checks through the case module, and the pages on the case.
 */
@NullMarked
package org.passage.evidence.internal;

import org.jspecify.annotations.NullMarked;
