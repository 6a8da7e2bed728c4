package org.passage.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organizations of this installation. Creating one is a system admin's act (checked by the caller). */
public interface Organizations {

    Organization create(String name);

    Optional<Organization> find(UUID id);

    Optional<Organization> findByName(String name);

    List<Organization> all();
}
