/**
 * The intake form and status pages, their validation and rate limits, and the sealed submissions table.
 * Cases are opened through {@link org.passage.cases.Cases}, audited as an anonymous action.
 */
@NullMarked
package org.passage.intake.internal;

import org.jspecify.annotations.NullMarked;
