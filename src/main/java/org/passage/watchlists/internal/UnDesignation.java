package org.passage.watchlists.internal;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;

/** Maps one UN designation (INDIVIDUAL or ENTITY element) to FtM properties. */
final class UnDesignation {

    private UnDesignation() {
    }

    static ListedEntity map(UnConsolidatedXml.Node record, boolean individual, String location, String dataset) {
        String dataId = record.text("DATAID");
        if (!dataId.matches("\\d{1,12}")) {
            throw new InvalidWatchlistInput(location, "DATAID", "missing or not a number");
        }
        var draft = new EntityDraft("un-" + dataId, individual ? "Person" : "LegalEntity");
        String full = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(record::text)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (full.isEmpty()) {
            throw new InvalidWatchlistInput(location, "FIRST_NAME", "a designation needs a name");
        }
        draft.add("name", full);
        if (individual) {
            draft.add("firstName", record.text("FIRST_NAME")).add("secondName", record.text("SECOND_NAME"))
                    .add("middleName", record.text("THIRD_NAME"));
        }
        draft.add("alias", record.text("NAME_ORIGINAL_SCRIPT"));
        draft.add("programId", record.text("UN_LIST_TYPE"));
        draft.add("topics", "sanction");
        draft.add("gender", record.text("GENDER").toLowerCase(java.util.Locale.ROOT));
        draft.add("notes", record.text("COMMENTS1"));
        draft.add("createdAt", record.text("LISTED_ON"));
        record.all("DESIGNATION").forEach(d -> d.all("VALUE").forEach(v -> draft.add("position", v.text())));
        record.all("TITLE").forEach(d -> d.all("VALUE").forEach(v -> draft.add("title", v.text())));
        record.all("NATIONALITY").forEach(d -> d.all("VALUE").forEach(v -> draft.add("nationality", v.text())));
        for (var alias : record.children()) {
            if (alias.name().endsWith("_ALIAS")) {
                String quality = alias.text("QUALITY");
                draft.add(quality.equalsIgnoreCase("Low") ? "weakAlias" : "alias", alias.text("ALIAS_NAME"));
            } else if (alias.name().endsWith("_ADDRESS")) {
                draft.add("address", Stream.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY").map(alias::text)
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")));
                draft.add("country", alias.text("COUNTRY"));
            } else if (alias.name().equals("INDIVIDUAL_DATE_OF_BIRTH")) {
                String date = alias.text("DATE");
                String year = alias.text("YEAR");
                if (!date.isEmpty()) {
                    LooseDates.parse(date).forEach(d -> draft.add("birthDate", d));
                } else if (!year.isEmpty()) {
                    LooseDates.parse(year).forEach(d -> draft.add("birthDate", d));
                } else if (!alias.text("FROM_YEAR").isEmpty()) {
                    draft.add("birthDate", alias.text("FROM_YEAR")).add("birthDate", alias.text("TO_YEAR"));
                }
            } else if (alias.name().equals("INDIVIDUAL_PLACE_OF_BIRTH")) {
                draft.add("birthPlace", Stream.of("CITY", "STATE_PROVINCE", "COUNTRY").map(alias::text)
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")));
                draft.add("birthCountry", alias.text("COUNTRY"));
            } else if (alias.name().equals("INDIVIDUAL_DOCUMENT")) {
                String type = (alias.text("TYPE_OF_DOCUMENT") + " " + alias.text("TYPE_OF_DOCUMENT2")).toLowerCase(java.util.Locale.ROOT);
                draft.add(type.contains("passport") ? "passportNumber" : "idNumber", alias.text("NUMBER"));
            }
        }
        return draft.build(dataset);
    }
}
