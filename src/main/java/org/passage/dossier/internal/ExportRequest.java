package org.passage.dossier.internal;

/**
 * What an export asks for, validated on creation: a known language and profile, and who receives the
 * dossier (printed on every page and signed, so one line of at most {@link #MAX_RECIPIENT} characters).
 */
record ExportRequest(DossierLanguage language, RedactionProfile profile, String recipient) {

    static final int MAX_RECIPIENT = 200;

    ExportRequest {
        recipient = recipient == null ? "" : recipient.strip();
        if (recipient.isEmpty() || recipient.length() > MAX_RECIPIENT
                || recipient.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new DossierRefused("recipient", "dossier.error.recipient", "the recipient is 1 to " + MAX_RECIPIENT
                    + " characters on one line", MAX_RECIPIENT);
        }
    }

    static ExportRequest of(String language, String profile, String recipient) {
        return new ExportRequest(DossierLanguage.parse(language), RedactionProfile.parse(profile), recipient);
    }
}
