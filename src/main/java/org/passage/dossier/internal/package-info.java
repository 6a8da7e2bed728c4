/**
 * How a dossier is gathered, redacted, rendered (Thymeleaf XHTML to PDF/A with openhtmltopdf), signed and
 * logged. Rendering and redaction are free of Spring and I/O so they are tested and benchmarked on their own.
 */
@NullMarked
package org.passage.dossier.internal;

import org.jspecify.annotations.NullMarked;
