package org.passage.dossier.internal;

/**
 * An export that cannot be made (no locked decision, an unknown profile or language, a missing recipient):
 * nothing was produced. The message key and arguments are shown to the user in his language; the English
 * message is for the command line and logs and never holds personal data.
 */
public class DossierRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public DossierRefused(String field, String messageKey, String message, Object... arguments) {
        super(message);
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
