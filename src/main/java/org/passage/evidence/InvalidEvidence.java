package org.passage.evidence;

/**
 * An evidence input out of bounds: names the field at fault and a message key (with arguments) for the
 * page; nothing was stored.
 */
public final class InvalidEvidence extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidEvidence(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
