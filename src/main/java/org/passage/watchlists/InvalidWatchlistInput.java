package org.passage.watchlists;

/**
 * A source that cannot be imported. The message names where (file, line or XML element/record) and which
 * field; nothing of the import was stored and the previous version stays live.
 */
public class InvalidWatchlistInput extends RuntimeException {

    private final String location;
    private final String field;

    public InvalidWatchlistInput(String location, String field, String problem) {
        this(location, field, problem, null);
    }

    public InvalidWatchlistInput(String location, String field, String problem, Throwable cause) {
        super(location + (field.isEmpty() ? "" : ", field " + field) + ": " + problem, cause);
        this.location = location;
        this.field = field;
    }

    /** e.g. "sdn.csv line 1234" or "UN_consolidated.xml line 88 column 3 (INDIVIDUAL #12)". */
    public String location() {
        return location;
    }

    /** The field at fault, or "" when the record as a whole is. */
    public String field() {
        return field;
    }
}
