/**
 * {@code passage audit}: an operator checks the audit trail's hash chain from a shell (or cron), through the audit feature's {@code AuditVerification}.
 */
@NullMarked
package org.passage.cli.audit;

import org.jspecify.annotations.NullMarked;
