/**
 * How the audit trail is kept: the HMAC chain over {@code audit_event}, its key outside the database, the
 * transaction rules for writing events, the verification that names tampered rows, and the auditors' page.
 */
@NullMarked
package org.passage.audit.internal;

import org.jspecify.annotations.NullMarked;
