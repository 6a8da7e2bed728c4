package org.passage.watchlists.internal;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the importers share (thread-safe, built once). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}
