/**
 * The screening API measured over HTTP with an API key, as a client would call it.
 */
@NullMarked
package org.passage.bench.api;

import org.jspecify.annotations.NullMarked;
