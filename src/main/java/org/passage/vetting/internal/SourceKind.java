package org.passage.vetting.internal;

/** Where a claim about service comes from; a witness can be identified and is redacted for authorities. */
public enum SourceKind {
    STATEMENT, DOCUMENT, PHOTO, WITNESS;

    public String messageKey() {
        return "vetting.source." + name();
    }
}
