package org.passage.cli;

import java.util.Map;

/** An {@link ApplicationCommand} whose options become Spring properties (a port, a profile) before the application starts. */
public interface ConfiguresApplication {
    Map<String, Object> applicationProperties();
}
