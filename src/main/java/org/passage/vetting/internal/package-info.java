/**
 * How vetting works inside: sealed service periods, the run that derives findings, the two-person decision
 * policy, the pages and the server-side map renderer. Nothing here is visible to other features.
 */
@NullMarked
package org.passage.vetting.internal;

import org.jspecify.annotations.NullMarked;
