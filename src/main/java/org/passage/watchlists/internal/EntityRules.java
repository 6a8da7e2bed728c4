package org.passage.watchlists.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;

/**
 * What every imported entity must satisfy, whatever its format: an id and names of sane length, no control
 * characters (a name with a NUL or an escape sequence is a broken export, not a person), and no word mixing
 * Latin and Cyrillic letters (see {@link Homoglyphs}).
 * Values are NFC-normalised so the same name always hashes the same.
 */
final class EntityRules {

    static final int MAX_ID = 200;
    static final int MAX_NAME = 1_000;
    static final int MAX_TEXT = 20_000;
    static final int MAX_VALUES = 2_000;
    static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "weakAlias", "previousName", "firstName", "lastName",
            "middleName", "secondName", "fatherName", "motherName", "title");

    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("\\s*[\\r\\n\\t]+\\s*");

    private EntityRules() {
    }

    static ListedEntity check(SourcedEntity sourced) {
        return check(sourced, warning -> {
        });
    }

    static ListedEntity check(SourcedEntity sourced, java.util.function.Consumer<String> warnings) {
        ListedEntity entity = sourced.entity();
        String where = sourced.record();
        if (entity.id().length() > MAX_ID) {
            throw new InvalidWatchlistInput(where, "id", "longer than " + MAX_ID + " characters");
        }
        controls(entity.id(), where, "id", false);
        if (entity.values("name").isEmpty() && entity.names().isEmpty()) {
            throw new InvalidWatchlistInput(where, "name", "an entity needs at least one name");
        }
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        boolean changed = false;
        int count = 0;
        for (var property : entity.properties().entrySet()) {
            String key = property.getKey();
            boolean isName = NAME_PROPERTIES.contains(key);
            List<String> values = property.getValue();
            count += values.size();
            if (count > MAX_VALUES) {
                throw new InvalidWatchlistInput(where, key, "more than " + MAX_VALUES + " values in one entity");
            }
            String[] out = new String[values.size()];
            for (int i = 0; i < out.length; i++) {
                String value = values.get(i);
                if (isName && hasBreak(value)) {
                    value = BREAKS.matcher(value).replaceAll(" ").strip(); // a name wrapped over lines by the export
                    changed = true;
                }
                int max = isName ? MAX_NAME : MAX_TEXT;
                if (value.length() > max) {
                    throw new InvalidWatchlistInput(where, key, "a value of " + value.length() + " characters (at most " + max + ")");
                }
                controls(value, where, key, !isName);
                String normal = isAscii(value) || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
                if (isName) {
                    normal = Homoglyphs.repair(normal, where, key, warnings);
                }
                out[i] = normal;
                changed |= !out[i].equals(values.get(i));
            }
            normalised.put(key, List.of(out));
        }
        if (entity.caption().length() > MAX_NAME) {
            throw new InvalidWatchlistInput(where, "caption", "longer than " + MAX_NAME + " characters");
        }
        controls(entity.caption(), where, "caption", false);
        if (!changed) {
            return entity;
        }
        return new ListedEntity(entity.id(), entity.schema(), Normalizer.normalize(entity.caption(), Normalizer.Form.NFC), normalised, entity.dataset());
    }

    /** A plain scan: running the {@link #BREAKS} pattern over every name cost more than parsing it. */
    private static boolean hasBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Free text may hold line breaks and tabs; nothing may hold other C0/C1 controls or unpaired surrogates. */
    private static void controls(String value, String where, String field, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = freeText && (c == '\n' || c == '\r' || c == '\t');
            if ((c < 0x20 || (c >= 0x7f && c < 0xa0)) && !allowed) {
                throw new InvalidWatchlistInput(where, field, String.format("control character U+%04X at position %d", (int) c, i + 1));
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidWatchlistInput(where, field, "an unpaired surrogate at position " + (i + 1) + " (broken encoding)");
                }
            }
        }
    }
}
