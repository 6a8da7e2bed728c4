package org.passage.vetting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/**
 * What a vetting analyst does on the vetting page, for tools that act as one (the applicant evaluation): the same
 * steps, checks and audit as the page's forms — the case door, the analyst's role, the form's validation, unit
 * resolution and geocoding, the run — for the staff member signed in on the calling thread.
 */
public interface VettingWork {

    /**
     * Posts the period form with these fields (the page's names: unit, unitChoice, role, place, placeChoice, latitude,
     * longitude, from, to, sourceKind, sourceDescription, identifiesSomeone, overlapNote). Nothing is stored unless
     * the answer says saved.
     */
    Answer recordPeriod(CaseId caseId, Map<String, String> form);

    /** Runs the vetting of the case; returns the number of findings. */
    int run(CaseId caseId);

    /** The latest run's findings as the page shows them to a reader of {@code locale}, most severe first. */
    List<Shown> findings(CaseId caseId, Locale locale);

    /** What the form answered: saved, or refused with the field at fault, or the candidates to choose from. */
    record Answer(boolean saved, @Nullable String field, @Nullable String message, List<Choice> choices) {
        public Answer {
            choices = List.copyOf(choices);
        }
    }

    /** A candidate the form offers: {@code value} is posted back as unitChoice / placeChoice. */
    record Choice(String value, String label) {
    }

    /** A finding as shown: kind and severity, its words, its dataset and record, and the period it is about (or empty). */
    record Shown(String kind, FindingView.Severity severity, String title, String explanation, String dataset, String record,
                 String periodId) {
        @Override
        public String toString() {
            return "Shown[" + kind + ", " + severity + ", REDACTED]";
        }
    }
}
