/**
 * The staff pages measured under load: many logged-in sessions, each through the real login steps, walking the
 * pages staff use most.
 */
@NullMarked
package org.passage.bench.web;

import org.jspecify.annotations.NullMarked;
