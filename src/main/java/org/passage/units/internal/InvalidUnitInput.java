package org.passage.units.internal;

/**
 * An analyst's input that cannot be stored, naming the field at fault, the message key of why ({@code units.error.*})
 * and what the message names (dates, a unit, a limit); nothing was changed. The pages say it in the reader's language.
 */
class InvalidUnitInput extends RuntimeException {

    private final String field;
    private final Object[] args;

    InvalidUnitInput(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.args = args.clone();
    }

    String field() {
        return field;
    }

    /** What the message names, in its order. */
    Object[] args() {
        return args.clone();
    }
}
