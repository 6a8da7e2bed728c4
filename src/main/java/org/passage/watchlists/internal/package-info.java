/**
 * How watchlists are read and stored: one streaming parser per list format, the checks every entity passes
 * (length, control characters, mixed scripts), and the PostgreSQL store that stages an import with COPY and
 * activates it as one version. Also the {@code passage lists} and benchmark commands and the demo seeder.
 */
@NullMarked
package org.passage.watchlists.internal;

import org.jspecify.annotations.NullMarked;
