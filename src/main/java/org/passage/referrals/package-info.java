/**
 * Referrals: a caseworker sends a minimal, consented summary of a case to a partner organization, which
 * accepts or declines it. The partner sees the summary and nothing else of the case; the summary is sealed
 * with the receiving organization's key, and every step is in the audit trail.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "days", "demo", "organizations", "reports", "security", "web"})
@NullMarked
package org.passage.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
