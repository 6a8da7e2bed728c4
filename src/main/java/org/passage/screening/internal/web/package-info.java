/**
 * Screening as staff use it: the live index over every watchlist (rebuilt in the background after each list
 * import), the yente-compatible match API, the screening pages, reviews of a case's hits and the alerts that
 * re-screening raises after an import.
 */
@NullMarked
package org.passage.screening.internal.web;

import org.jspecify.annotations.NullMarked;
