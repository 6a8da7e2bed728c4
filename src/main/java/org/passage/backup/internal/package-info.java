/** The archive format, the backup key, and the export and import of tables through COPY. */
@NullMarked
package org.passage.backup.internal;

import org.jspecify.annotations.NullMarked;
