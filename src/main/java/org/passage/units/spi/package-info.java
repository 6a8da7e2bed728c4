/**
 * What the unit knowledge base asks of other features without depending on them: matching its units' names against
 * listed organizations is screening's craft, so screening provides {@link org.passage.units.spi.OrganizationMatching}
 * (screening already depends on features below units, so units cannot depend on it).
 */
@NamedInterface("spi")
@NullMarked
package org.passage.units.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
