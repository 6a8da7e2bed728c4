package org.passage.security;

import java.util.UUID;

/**
 * Issues an organization's API key for the screening API, as the org admin's page does; for tools such as
 * {@code passage bench api}. Returns the key itself, which is stored nowhere (only its SHA-256).
 */
public interface ApiKeyIssuing {

    String issue(UUID organization, UUID createdBy, String name, int days);
}
