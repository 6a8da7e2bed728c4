package org.passage.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What we know about the applicant beyond his main name: the other forms of his name as he or his documents
 * give them (Cyrillic and Latin kept together), how to reach him, his languages, family members at risk, and
 * the evidence of identity we have seen when there is no passport. All personal: sealed as one document,
 * never printed.
 */
public record ApplicantDetails(List<String> otherNames, List<String> handles, List<String> languages,
                               List<String> familyAtRisk, List<IdentityEvidence> evidence) {

    static final int MAX_LINES = 20;
    static final int MAX_LINE = 300;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Evidence of identity other than a passport, and who saw it when. */
    public record IdentityEvidence(Kind kind, String description, String seenBy, LocalDate seenOn) {
        public enum Kind { MILITARY_ID, INTERNAL_PASSPORT_COPY, WITNESS_STATEMENT, BIRTH_CERTIFICATE, DRIVING_LICENCE, OTHER;
            public String messageKey() {
                return "cases.evidence.kind." + name();
            }
        }

        public IdentityEvidence {
            description = ApplicantDetails.line("evidenceDescription", description, 0);
            seenBy = ApplicantDetails.line("seenBy", seenBy, 0);
            if (seenBy.isEmpty()) {
                throw new InvalidCaseInput("seenBy", "cases.details.error.seenBy");
            }
            if (seenOn == null || seenOn.isAfter(LocalDate.now()) || seenOn.isBefore(LocalDate.of(2014, 1, 1))) {
                throw new InvalidCaseInput("seenOn", "cases.details.error.seenOn");
            }
        }

        @Override
        public String toString() {
            return "IdentityEvidence[" + kind + ", REDACTED]";
        }
    }

    public ApplicantDetails {
        otherNames = lines("otherNames", otherNames);
        handles = lines("handles", handles);
        familyAtRisk = lines("familyAtRisk", familyAtRisk);
        languages = lines("languages", languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGES.contains(languages.get(i))) {
                throw new InvalidCaseInput("languages", "cases.details.error.language", i + 1);
            }
        }
        if (evidence.size() > MAX_LINES) {
            throw new InvalidCaseInput("evidence", "cases.details.error.lines", MAX_LINES);
        }
        evidence = List.copyOf(evidence);
    }

    static ApplicantDetails none() {
        return new ApplicantDetails(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    ApplicantDetails withEvidence(IdentityEvidence added) {
        var more = new java.util.ArrayList<>(evidence);
        more.add(added);
        return new ApplicantDetails(otherNames, handles, languages, familyAtRisk, more);
    }

    /** Splits a text area into its non-empty lines. */
    static List<String> split(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> lines(String field, List<String> values) {
        List<String> clean = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip())
                .filter(v -> !v.isEmpty()).toList();
        if (clean.size() > MAX_LINES) {
            throw new InvalidCaseInput(field, "cases.details.error.lines", MAX_LINES);
        }
        for (int i = 0; i < clean.size(); i++) {
            line(field, clean.get(i), i + 1);
        }
        return clean;
    }

    /** A single line of text: bounded and without control characters; {@code number} names the line (0: the field). */
    static String line(String field, String value, int number) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_LINE) {
            throw number > 0 ? new InvalidCaseInput(field, "cases.details.error.lineLong", number, MAX_LINE)
                    : new InvalidCaseInput(field, "cases.details.error.long", MAX_LINE);
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCaseInput(field, "cases.details.error.control");
        }
        return v;
    }

    @Override
    public String toString() {
        return "ApplicantDetails[REDACTED]";
    }
}
