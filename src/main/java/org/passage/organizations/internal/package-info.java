/** JDBC storage of organizations and staff; display names go through {@link org.passage.crypto.Sealing}. */
@NullMarked
package org.passage.organizations.internal;

import org.jspecify.annotations.NullMarked;
