/**
 * {@code passage dossier verify}: anyone holding an exported dossier checks its signature offline, with no database and no network.
 */
@NullMarked
package org.passage.cli.dossier;

import org.jspecify.annotations.NullMarked;
