package org.passage.dossier.internal;

import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything one dossier shows, section by section, as gathered from the case, its journey and its vetting,
 * before or after {@link Redaction}. A withheld text is {@code null} and the template prints "[withheld]" in
 * the dossier's language; a hidden list is empty. Personal data throughout: {@link #toString()} is redacted.
 */
public record Dossier(Cover cover, Identity identity, List<Step> stages, List<Stay> stays, List<Service> service,
                      @Nullable String mapSvg, @Nullable LocalDate mapDate, List<Finding> findings, Decision decision) {

    public Dossier {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(decision, "decision");
        stages = List.copyOf(stages);
        stays = List.copyOf(stays);
        service = List.copyOf(service);
        findings = List.copyOf(findings);
    }

    /** The cover page: nothing on it is hidden by any profile. */
    public record Cover(String organization, String caseCode, UUID exportId, RedactionProfile profile, DossierLanguage language,
                        Instant exportedAt, String exportedBy, String recipient) {
    }

    public record Identity(String name, String latinName, @Nullable LocalDate birthDate, List<String> otherNames,
                           List<String> languages, List<String> handles, List<String> familyAtRisk, List<IdentityEvidence> evidence) {
        public Identity {
            otherNames = List.copyOf(otherNames);
            languages = List.copyOf(languages);
            handles = List.copyOf(handles);
            familyAtRisk = List.copyOf(familyAtRisk);
            evidence = List.copyOf(evidence);
        }
    }

    /** Identity evidence without a passport; a witness statement's description may name the witness. */
    public record IdentityEvidence(String kind, @Nullable String description, String seenBy, LocalDate seenOn, boolean witness) {
    }

    /** A stage change; the reason is an internal note. */
    public record Step(@Nullable String from, String to, LocalDate effective, @Nullable String reason) {
    }

    public record Stay(String countryCode, @Nullable String city, LocalDate since) {
    }

    /** A claimed service period, numbered as on the map. */
    public record Service(int number, String unit, String role, String place, @Nullable Coordinates coordinates, String fromText,
                          String toText, String sourceKind, @Nullable String source, boolean sourceIdentifiesSomeone,
                          String territoryStatus) {
    }

    public record Finding(String severity, String title, String explanation, List<Evidence> evidence) {
        public Finding {
            evidence = List.copyOf(evidence);
        }
    }

    /** An evidence item as indexed: its SHA-256 lets a recipient check a copy handed over separately. */
    public record Evidence(UUID id, @Nullable String label, @Nullable String url, String sha256, Instant capturedAt, String capturedBy,
                           boolean identifiesSource) {
    }

    /**
     * The two-person decision: proposed by one analyst, confirmed by another, locked. {@code signOffFlags} name what
     * Passage could not rule out about the confirmation (a {@code SignOffIndependence.Flag}); the dossier then says so
     * instead of stating two different analysts as a fact.
     */
    public record Decision(String outcome, String rationale, String proposedBy, Instant proposedAt, String confirmedBy,
                           Instant confirmedAt, List<String> signOffFlags) {
        public Decision {
            signOffFlags = List.copyOf(signOffFlags);
        }

        public Decision(String outcome, String rationale, String proposedBy, Instant proposedAt, String confirmedBy, Instant confirmedAt) {
            this(outcome, rationale, proposedBy, proposedAt, confirmedBy, confirmedAt, List.of());
        }
    }

    @Override
    public String toString() {
        return "Dossier[" + cover.caseCode() + ", export " + cover.exportId() + ", " + cover.profile() + ", REDACTED]";
    }
}
