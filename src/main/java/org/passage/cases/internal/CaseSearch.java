package org.passage.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.cases.CaseId;
import org.springframework.stereotype.Component;

/**
 * Search over the applicant's names in every script and transliteration, his contact handles, the case code and the
 * country he is in now — without weakening the sealing: nothing searchable is written anywhere. Each organization's
 * index lives only in this process's memory, built from that organization's cases opened with its own keys, and kept
 * current by comparing each case's fingerprint (version and update times, read without decrypting) before every search.
 * A search only ever looks at the candidates it is given: the cases the reader may see (docs/security.md).
 */
@Component
class CaseSearch {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.of("ru")};

    /** One case as searched: its fingerprint, the name shown, and everything searchable folded. */
    private record Entry(String fingerprint, String code, String name, String folded, String digits) {
        @Override
        public String toString() {
            return "Entry[REDACTED]";
        }
    }

    private final CaseFiles files;
    private final CaseDetailsTable details;
    private final Map<UUID, Map<CaseId, Entry>> organizations = new ConcurrentHashMap<>();
    private final Map<String, String> countryNames = new ConcurrentHashMap<>();

    CaseSearch(CaseFiles files, CaseDetailsTable details) {
        this.files = files;
        this.details = details;
    }

    /**
     * Those of {@code candidates} (cases of {@code organizationId} the reader may see) that match every word of
     * {@code query}, or whose code contains it; {@code countries}: where each candidate is now.
     */
    Set<CaseId> matching(UUID organizationId, Collection<CaseId> candidates, String query, Map<CaseId, String> countries) {
        Map<CaseId, Entry> index = current(organizationId);
        String code = query.strip().toUpperCase(Locale.ROOT);
        List<String> words = SearchFolding.words(query);
        String digits = SearchFolding.digits(query);
        Set<CaseId> found = new HashSet<>();
        for (CaseId id : candidates) {
            Entry entry = index.get(id);
            if (entry == null) {
                continue;
            }
            String country = countries.get(id);
            String text = country == null ? entry.folded() : entry.folded() + country(country);
            boolean byCode = code.length() >= 4 && entry.code().contains(code);
            boolean byWords = !words.isEmpty() && words.stream().allMatch(w -> text.contains(" " + w));
            boolean byDigits = !digits.isEmpty() && entry.digits().contains(digits);
            if (byCode || byWords || byDigits) {
                found.add(id);
            }
        }
        return found;
    }

    /** The names shown for {@code ids}, for sorting by name. */
    Map<CaseId, String> names(UUID organizationId, Collection<CaseId> ids) {
        Map<CaseId, Entry> index = current(organizationId);
        Map<CaseId, String> names = new HashMap<>();
        ids.forEach(id -> {
            Entry e = index.get(id);
            names.put(id, e == null ? "" : e.name());
        });
        return names;
    }

    /** Forgets an organization's index (after a key rotation, or to free memory); the next search builds it again. */
    void forget(UUID organizationId) {
        organizations.remove(organizationId);
    }

    private Map<CaseId, Entry> current(UUID organizationId) {
        Map<CaseId, Entry> index = organizations.computeIfAbsent(organizationId, o -> new ConcurrentHashMap<>());
        synchronized (index) {
            Map<CaseId, String> fingerprints = files.fingerprints(organizationId);
            index.keySet().retainAll(fingerprints.keySet());
            List<CaseId> stale = new ArrayList<>();
            fingerprints.forEach((id, fp) -> {
                Entry e = index.get(id);
                if (e == null || !e.fingerprint().equals(fp)) {
                    stale.add(id);
                }
            });
            for (int from = 0; from < stale.size(); from += 500) {
                List<CaseId> batch = stale.subList(from, Math.min(stale.size(), from + 500));
                Map<CaseId, ApplicantDetails> more = details.details(organizationId, batch);
                for (CaseFile file : files.findAll(batch)) {
                    index.put(file.id(), entry(fingerprints.get(file.id()), file, more.getOrDefault(file.id(), ApplicantDetails.none())));
                }
            }
        }
        return index;
    }

    private static Entry entry(String fingerprint, CaseFile file, ApplicantDetails more) {
        var a = file.applicant();
        List<String> texts = new ArrayList<>(List.of(file.code().value(), a.name(), a.latinName()));
        texts.addAll(more.otherNames());
        texts.addAll(more.handles());
        StringBuilder folded = new StringBuilder(" ");
        StringBuilder digits = new StringBuilder(" ");
        for (String text : texts) {
            folded.append(SearchFolding.fold(text).substring(1));
            String d = SearchFolding.digits(text);
            if (!d.isEmpty()) {
                digits.append(d).append(' ');
            }
        }
        return new Entry(fingerprint, file.code().value(), a.displayName(), folded.toString(), digits.toString());
    }

    /** The country's names in the three languages, folded, so that "Казахстан", "Kazakhstan" and "KZ" all find it. */
    private String country(String code) {
        return countryNames.computeIfAbsent(code, c -> {
            StringBuilder names = new StringBuilder(SearchFolding.fold(c).substring(1));
            for (Locale language : LANGUAGES) {
                names.append(SearchFolding.fold(Locale.of("", c).getDisplayCountry(language)).substring(1));
            }
            return names.toString();
        });
    }
}
