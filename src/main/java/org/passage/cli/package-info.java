/**
 * The {@code passage} command line: how a command asks for the Spring application (with or without the web
 * server) and gets its collaborators injected. Commands that need nothing of the application (eval, bench,
 * geo) start in milliseconds because no Spring context is built for them.
 */
@NullMarked
package org.passage.cli;

import org.jspecify.annotations.NullMarked;
