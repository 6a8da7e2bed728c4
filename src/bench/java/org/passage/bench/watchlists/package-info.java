/**
 * The watchlist importers measured on the real lists: parsing alone (a dry run) and parse + store, with the database server's CPU.
 */
@NullMarked
package org.passage.bench.watchlists;

import org.jspecify.annotations.NullMarked;
