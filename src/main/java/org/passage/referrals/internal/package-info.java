/**
 * The referral pages, the partner lists and the referrals table. Reads and changes of the referring case go
 * through {@link org.passage.cases.Cases}; the receiving side is checked by organization here.
 */
@NullMarked
package org.passage.referrals.internal;

import org.jspecify.annotations.NullMarked;
