/**
 * Vetting: where and when an applicant served, with which unit, and what that means. Analysts record his service
 * periods, a vetting run turns them (with geo, units and screening) into findings with their evidence, and two
 * different analysts sign off a decision. Other features read it through {@link VettingRecords},
 * {@link VettingMap} and {@link VettingStatistics}, and hear {@link VettingDecided}.
 */
@ApplicationModule(allowedDependencies = {"audit", "cases", "cases :: spi", "crypto", "datasets", "days", "demo", "evidence", "geo", "organizations", "reports", "screening", "security", "units", "web"})
@NullMarked
package org.passage.vetting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
