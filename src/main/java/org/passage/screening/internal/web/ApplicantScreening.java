package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passage.cases.CaseApplicant;
import org.passage.screening.Hit;
import org.passage.watchlists.ListedEntity;

/** Screens an applicant under every name he gave (Cyrillic and Latin) in one query, with his birth date. */
final class ApplicantScreening {

    static final int LIMIT = 20;

    private ApplicantScreening() {
    }

    static ListedEntity query(CaseApplicant applicant) {
        var properties = new java.util.LinkedHashMap<String, List<String>>();
        properties.put("name", applicant.names());
        if (applicant.birthDate() != null) {
            properties.put("birthDate", List.of(applicant.birthDate().toString()));
        }
        return new ListedEntity("case-" + applicant.caseId(), "Person", applicant.names().isEmpty() ? "" : applicant.names().getFirst(),
                Map.copyOf(properties), "");
    }

    static List<Hit> screen(LiveIndex index, CaseApplicant applicant) {
        if (applicant.names().isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(index.screen(query(applicant), LIMIT, java.util.Set.of()));
    }
}
