/**
 * An invented dossier rendered the way an export is, opened for measuring the renderer
 * ({@code passage bench dossier}) without a case, a database or a signing key. Holds nobody's data.
 */
@NamedInterface("sample")
@NullMarked
package org.passage.dossier.sample;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
