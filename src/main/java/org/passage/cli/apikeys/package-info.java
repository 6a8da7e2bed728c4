/**
 * {@code passage api-keys}: the operators' way to make, list and revoke an organization's keys for the screening API
 * from the shell (scripts, tests, the API benchmark), through security's public {@link org.passage.security.ApiKeys}.
 */
@NullMarked
package org.passage.cli.apikeys;

import org.jspecify.annotations.NullMarked;
