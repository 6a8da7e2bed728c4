package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passage.dossier.internal.RedactionProfile.Hidden;

/** The profiles as values (what each hides) and their effect on a dossier before rendering. */
class RedactionTests {

    @Test
    void eachProfileListsWhatItHides() {
        assertThat(RedactionProfile.INTERNAL.hides()).isEmpty();
        assertThat(RedactionProfile.LAWYER.hides()).containsExactlyInAnyOrder(Hidden.CONTACT_HANDLES, Hidden.HIDING_PLACES, Hidden.INTERNAL_NOTES);
        assertThat(RedactionProfile.AUTHORITY.hides()).isEqualTo(EnumSet.allOf(Hidden.class));
    }

    @Test
    void profilesAndLanguagesAreParsedByNameAndUnknownOnesAreRefusedWithTheChoice() {
        assertThat(RedactionProfile.parse(" authority ")).isEqualTo(RedactionProfile.AUTHORITY);
        assertThat(DossierLanguage.parse("FR")).isEqualTo(DossierLanguage.FR);
        assertThatThrownBy(() -> RedactionProfile.parse("press")).isInstanceOf(DossierRefused.class)
                .hasMessage("unknown redaction profile 'press': the profiles are internal, lawyer, authority")
                .extracting(e -> ((DossierRefused) e).field()).isEqualTo("profile");
        assertThatThrownBy(() -> DossierLanguage.parse("de")).isInstanceOf(DossierRefused.class)
                .hasMessage("unknown dossier language 'de': a dossier is written in en, fr");
        assertThatThrownBy(() -> ExportRequest.of("en", "authority", " \n")).isInstanceOf(DossierRefused.class)
                .extracting(e -> ((DossierRefused) e).field()).isEqualTo("recipient");
    }

    @Test
    void anAuthorityCopyKeepsTheVettingButNotWhatCouldEndangerSomeone() {
        Dossier d = Redaction.apply(RedactionProfile.AUTHORITY, DossierFixtures.typical(RedactionProfile.AUTHORITY, DossierLanguage.EN));

        assertThat(d.identity().familyAtRisk()).isEmpty();
        assertThat(d.identity().handles()).isEmpty();
        assertThat(d.identity().evidence()).extracting(Dossier.IdentityEvidence::description)
                .containsExactly("Military ID АБ 1234567, photo page", null);
        assertThat(d.stays()).extracting(Dossier.Stay::countryCode).containsExactly("RU", "KZ");
        assertThat(d.stays()).extracting(Dossier.Stay::city).containsOnlyNulls();
        assertThat(d.stages()).extracting(Dossier.Step::reason).containsOnlyNulls();
        assertThat(d.service()).extracting(Dossier.Service::source).containsExactly("his statement of 2026-03-02", null);
        assertThat(d.service()).extracting(Dossier.Service::place).containsExactly("Kursk", "Belgorod");
        var evidence = d.findings().getFirst().evidence();
        assertThat(evidence.get(1).label()).isNull();
        assertThat(evidence.get(1).sha256()).isEqualTo("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
        // quoted in free text: scrubbed there too
        assertThat(d.decision().rationale()).doesNotContain(DossierFixtures.WITNESS_LATIN, "Мария", "Иванова")
                .contains("Served in Russia only; corroborated by " + Redaction.SCRUBBED);
    }

    @Test
    void aLawyerCopyKeepsFamilyAndWitnessesButNotContactsOrHidingPlaces() {
        Dossier d = Redaction.apply(RedactionProfile.LAWYER, DossierFixtures.typical(RedactionProfile.LAWYER, DossierLanguage.EN));

        assertThat(d.identity().familyAtRisk()).hasSize(1);
        assertThat(d.identity().handles()).isEmpty();
        assertThat(d.stays()).extracting(Dossier.Stay::city).containsExactly(null, DossierFixtures.ABROAD_CITY);
        assertThat(d.service().get(1).source()).contains(DossierFixtures.WITNESS);
        assertThat(d.decision().rationale()).contains(DossierFixtures.WITNESS_LATIN);
    }

    @Test
    void theInternalFileIsComplete() {
        Dossier full = DossierFixtures.typical(RedactionProfile.INTERNAL, DossierLanguage.EN);
        assertThat(Redaction.apply(RedactionProfile.INTERNAL, full)).isEqualTo(full);
    }
}
