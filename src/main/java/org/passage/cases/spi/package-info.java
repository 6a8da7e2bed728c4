/**
 * What other features plug into the case pages: a panel, a link, a flag in the list, the country a case is in.
 * Implementations get the holder's ticket from the case page, so they neither check nor audit the case again.
 */
@NullMarked
@NamedInterface("spi")
package org.passage.cases.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
