/**
 * The {@code passage} command line: how a command asks for the Spring application (with or without the web
 * server) and gets its collaborators injected. Commands that need nothing of the application (eval, bench,
 * geo) start in milliseconds because no Spring context is built for them.
 */
@ApplicationModule(allowedDependencies = {"audit", "crypto", "datasets", "demo", "dossier", "dossier :: sample", "geo", "security", "units", "watchlists", "telegram", "bench", "screening", "screening :: engine", "organizations", "database", "retention", "backup"})
@NullMarked
package org.passage.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
