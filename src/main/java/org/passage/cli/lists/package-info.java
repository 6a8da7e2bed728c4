/**
 * {@code passage lists}: an operator imports a watchlist version (with a progress bar) and lists the live versions, through {@code Watchlists}.
 */
@NullMarked
package org.passage.cli.lists;

import org.jspecify.annotations.NullMarked;
