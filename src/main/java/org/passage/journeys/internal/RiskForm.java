package org.passage.journeys.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.CountryRisk.Assessment;
import org.passage.journeys.RiskLevel;

/** The risk register's edit form; {@link #risk} validates every field and names the one at fault. */
record RiskForm(@Nullable String extraditionLevel, @Nullable String extraditionText, @Nullable String kidnappingLevel,
                @Nullable String kidnappingText, @Nullable String deportationLevel, @Nullable String deportationText,
                @Nullable String sources, @Nullable String assessedOn) {

    /** What the edit form showed of the country's assessment ({@link org.passage.web.ShownDigest}); "" when there was none. */
    static String shown(java.util.Optional<CountryRisk> risk) {
        return risk.map(RiskForm::of).map(f -> org.passage.web.ShownDigest.of(f.extraditionLevel, f.extraditionText, f.kidnappingLevel,
                f.kidnappingText, f.deportationLevel, f.deportationText, f.sources, f.assessedOn)).orElse("");
    }

    static RiskForm of(CountryRisk r) {
        return new RiskForm(r.extradition().level().name(), r.extradition().text(), r.kidnapping().level().name(),
                r.kidnapping().text(), r.deportation().level().name(), r.deportation().text(), r.sources(),
                r.assessedOn().toString());
    }

    static RiskForm empty() {
        return new RiskForm("", "", "", "", "", "", "", "");
    }

    /** A field by name, for the form's repeated fieldsets. */
    public String value(String field) {
        @Nullable String v = switch (field) {
            case "extraditionLevel" -> extraditionLevel;
            case "extraditionText" -> extraditionText;
            case "kidnappingLevel" -> kidnappingLevel;
            case "kidnappingText" -> kidnappingText;
            case "deportationLevel" -> deportationLevel;
            case "deportationText" -> deportationText;
            default -> throw new IllegalArgumentException("no field " + field);
        };
        return v == null ? "" : v;
    }

    CountryRisk risk(String countryCode, LocalDate today) {
        var extradition = new Assessment(level("extraditionLevel", extraditionLevel),
                Texts.clean("extraditionText", extraditionText, CountryRisk.MAX_TEXT));
        var kidnapping = new Assessment(level("kidnappingLevel", kidnappingLevel),
                Texts.clean("kidnappingText", kidnappingText, CountryRisk.MAX_TEXT));
        var deportation = new Assessment(level("deportationLevel", deportationLevel),
                Texts.clean("deportationText", deportationText, CountryRisk.MAX_TEXT));
        String cited = Texts.clean("sources", sources, CountryRisk.MAX_SOURCES);
        if (cited.isEmpty()) {
            // an assessment nobody can check is an opinion: the register names its sources
            throw new InvalidJourneyInput("sources", "risk.error.sources", "name at least one source");
        }
        return new CountryRisk(countryCode, extradition, kidnapping, deportation, cited,
                Dates.pastOrToday("assessedOn", assessedOn, today));
    }

    private static RiskLevel level(String field, @Nullable String value) {
        try {
            return RiskLevel.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidJourneyInput(field, "risk.error.level", "choose a level from the list");
        }
    }
}
