package org.passage.screening.internal.web;

/**
 * A match or search request that can't be screened; {@link #field()} names the part at fault, e.g. {@code
 * queries.q1.properties.name}. The status is yente's for the same fault: 422 where yente's request model refuses the
 * shape (malformed JSON, a missing schema, a limit past 500, a malformed {@code changed_since}), 400 where it refuses
 * the meaning (an unknown schema or algorithm, no queries, too many queries).
 */
final class InvalidMatchRequest extends RuntimeException {

    static final int BAD_REQUEST = 400;
    static final int UNPROCESSABLE = 422;

    private final String field;
    private final int status;

    InvalidMatchRequest(String field, String message) {
        this(field, message, BAD_REQUEST);
    }

    private InvalidMatchRequest(String field, String message, int status) {
        super(message, null, false, false);
        this.field = field;
        this.status = status;
    }

    /** A request whose shape yente's request model refuses (FastAPI answers 422). */
    static InvalidMatchRequest unprocessable(String field, String message) {
        return new InvalidMatchRequest(field, message, UNPROCESSABLE);
    }

    String field() {
        return field;
    }

    int status() {
        return status;
    }
}
