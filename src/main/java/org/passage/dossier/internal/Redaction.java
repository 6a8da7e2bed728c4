package org.passage.dossier.internal;

import org.jspecify.annotations.Nullable;
import org.passage.dossier.internal.RedactionProfile.Hidden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a {@link RedactionProfile} to a whole dossier. Hidden values are removed, not masked in the
 * output, so they reach neither the PDF's text nor its metadata. Then, because a rationale or a finding may
 * quote a hidden value ("his brother Oleg in Kursk…"), every remaining free text is scrubbed of each hidden
 * value and of its capitalised words (names and places) longer than three letters.
 */
public final class Redaction {

    /** What a scrubbed word is replaced by in free text. */
    public static final String SCRUBBED = "[…]";
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]{3,}");
    private static final String RUSSIA = "RU";

    private final RedactionProfile profile;
    private final Set<String> removed = new LinkedHashSet<>();

    private Redaction(RedactionProfile profile) {
        this.profile = profile;
    }

    public static Dossier apply(RedactionProfile profile, Dossier dossier) {
        return new Redaction(profile).redact(dossier);
    }

    private Dossier redact(Dossier d) {
        var identity = d.identity();
        List<String> family = keep(Hidden.FAMILY_MEMBERS, identity.familyAtRisk());
        List<String> handles = keep(Hidden.CONTACT_HANDLES, identity.handles());
        List<Dossier.IdentityEvidence> evidence = identity.evidence().stream().map(e -> new Dossier.IdentityEvidence(e.kind(),
                e.witness() ? keep(Hidden.IDENTIFIABLE_SOURCES, e.description()) : e.description(), e.seenBy(), e.seenOn(), e.witness())).toList();
        List<Dossier.Step> stages = d.stages().stream().map(s -> new Dossier.Step(s.from(), s.to(), s.effective(),
                keep(Hidden.INTERNAL_NOTES, s.reason()))).toList();
        List<Dossier.Stay> stays = d.stays().stream().map(s -> new Dossier.Stay(s.countryCode(),
                keep(RUSSIA.equals(s.countryCode()) ? Hidden.HIDING_PLACES : Hidden.EXACT_PLACES, s.city()), s.since())).toList();
        List<Dossier.Service> service = d.service().stream().map(s -> new Dossier.Service(s.number(), s.unit(), s.role(), s.place(),
                s.coordinates(), s.fromText(), s.toText(), s.sourceKind(),
                s.sourceIdentifiesSomeone() ? keep(Hidden.IDENTIFIABLE_SOURCES, s.source()) : s.source(), s.sourceIdentifiesSomeone(),
                s.territoryStatus())).toList();
        List<Dossier.Finding> findings = d.findings().stream().map(f -> new Dossier.Finding(f.severity(), f.title(), f.explanation(),
                f.evidence().stream().map(e -> e.identifiesSource()
                        ? new Dossier.Evidence(e.id(), keep(Hidden.IDENTIFIABLE_SOURCES, e.label()), keep(Hidden.IDENTIFIABLE_SOURCES, e.url()),
                        e.sha256(), e.capturedAt(), e.capturedBy(), true)
                        : e).toList())).toList();
        if (removed.isEmpty()) {
            return new Dossier(d.cover(), new Dossier.Identity(identity.name(), identity.latinName(), identity.birthDate(),
                    identity.otherNames(), identity.languages(), handles, family, evidence), stages, stays, service, d.mapSvg(), d.mapDate(), findings, d.decision());
        }
        var scrub = scrubber();
        return new Dossier(d.cover(),
                new Dossier.Identity(identity.name(), identity.latinName(), identity.birthDate(), identity.otherNames(), identity.languages(),
                        handles, family, evidence.stream().map(e -> new Dossier.IdentityEvidence(e.kind(), scrub.nullable(e.description()),
                        e.seenBy(), e.seenOn(), e.witness())).toList()),
                stages.stream().map(s -> new Dossier.Step(s.from(), s.to(), s.effective(), scrub.nullable(s.reason()))).toList(),
                stays,
                service.stream().map(s -> new Dossier.Service(s.number(), s.unit(), s.role(), scrub.text(s.place()), s.coordinates(),
                        s.fromText(), s.toText(), s.sourceKind(), scrub.nullable(s.source()), s.sourceIdentifiesSomeone(), s.territoryStatus())).toList(),
                d.mapSvg(), d.mapDate(),
                findings.stream().map(f -> new Dossier.Finding(f.severity(), scrub.text(f.title()), scrub.text(f.explanation()),
                        f.evidence().stream().map(e -> new Dossier.Evidence(e.id(), scrub.nullable(e.label()), e.url(), e.sha256(), e.capturedAt(),
                                e.capturedBy(), e.identifiesSource())).toList())).toList(),
                new Dossier.Decision(d.decision().outcome(), scrub.text(d.decision().rationale()), d.decision().proposedBy(),
                        d.decision().proposedAt(), d.decision().confirmedBy(), d.decision().confirmedAt(),
                        d.decision().signOffFlags()));
    }

    private List<String> keep(Hidden what, List<String> values) {
        if (!profile.hides(what)) {
            return values;
        }
        removed.addAll(values);
        return List.of();
    }

    private @Nullable String keep(Hidden what, @Nullable String value) {
        if (value == null || !profile.hides(what)) {
            return value;
        }
        removed.add(value);
        return null;
    }

    private Scrubber scrubber() {
        Set<String> needles = new LinkedHashSet<>();
        for (String value : removed) {
            if (value.isBlank()) {
                continue;
            }
            needles.add(value.strip());
            // a leading Latin word is mostly a label ("Statement of …", "Mother: …"); names and towns follow it
            NAME_WORD.matcher(value).results().filter(m -> m.start() > 0 || !isLatin(m.group())).map(m -> m.group()).forEach(needles::add);
            // a handle is found with or without its @
            if (value.startsWith("@") && value.length() > 4) {
                needles.add(value.substring(1));
            }
        }
        List<String> longestFirst = new ArrayList<>(needles);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new Scrubber(longestFirst);
    }

    private static boolean isLatin(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** Replaces every hidden value (case-insensitively) in a free text. */
    private record Scrubber(List<String> needles) {

        String text(String text) {
            String result = text;
            for (String needle : needles) {
                result = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(SCRUBBED.replace("$", "\\$"));
            }
            return result;
        }

        @Nullable String nullable(@Nullable String text) {
            return text == null ? null : text(text);
        }
    }

    @Override
    public String toString() {
        return "Redaction[" + profile.name().toLowerCase(Locale.ROOT) + "]";
    }
}
