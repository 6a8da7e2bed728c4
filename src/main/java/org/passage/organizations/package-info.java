/**
 * Tenancy: organizations (an NGO, a vetting unit of an authority) and their staff with roles. Every piece of
 * case data belongs to exactly one organization, and nothing crosses that line without an explicit referral.
 * {@link org.passage.organizations.StaffDirectory} keeps staff display names sealed at rest.
 */
@ApplicationModule(allowedDependencies = {"audit", "crypto"})
@NullMarked
package org.passage.organizations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
