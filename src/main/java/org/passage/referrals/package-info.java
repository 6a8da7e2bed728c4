/**
 * Referrals: a caseworker sends a minimal, consented summary of a case to a partner organization, which
 * accepts or declines it. The partner sees the summary and nothing else of the case; the summary is sealed
 * with the receiving organization's key, and every step is in the audit trail.
 */
@NullMarked
package org.passage.referrals;

import org.jspecify.annotations.NullMarked;
