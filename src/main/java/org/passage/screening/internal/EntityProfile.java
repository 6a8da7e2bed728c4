package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.watchlists.ListedEntity;

/**
 * An entity prepared for comparison: its names parsed once, birth dates, countries and identifiers
 * normalized. Query and listed entities are both profiles, so screening and pair evaluation use one scorer.
 */
record EntityProfile(String id, String schema, String caption, String dataset, ParsedName[] names, String[] birthDates,
                     String[] countries, String[] identifiers, String[] uniqueIdentifiers) {

    static final int MAX_NAMES = 40;

    private static final String[] ID_PROPERTIES = {"idNumber", "passportNumber", "innCode", "ogrnCode", "registrationNumber",
            "taxNumber", "vatCode", "leiCode", "imoNumber", "swiftBic", "okpoCode", "socialSecurityNumber", "militaryUnit"};
    /**
     * Numbers an entity has exactly one of: two different ones of the same kind are two different entities. Registration
     * and tax numbers are not among them: lists file numbers of several registries under one property.
     */
    private static final String[] UNIQUE_ID_PROPERTIES = {"innCode", "ogrnCode", "imoNumber", "leiCode"};
    private static final String[] TEXT_WITH_UNITS = {"position", "notes", "summary", "description"};
    private static final Pattern MILITARY_UNIT = Pattern.compile(
            "(?:в/ч|в\\.ч\\.|вч|військова частина|войсковая часть|военная часть|military unit|unit)\\s*(?:№|no\\.?|n)?\\s*([0-9]{4,6})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?");

    static EntityProfile of(ListedEntity entity, NameParser parser) {
        Map<String, ParsedName> names = new LinkedHashMap<>();
        for (String raw : nameStrings(entity)) {
            if (names.size() == MAX_NAMES) {
                break;
            }
            for (ParsedName parsed : readings(raw, entity.isPerson(), parser)) {
                names.putIfAbsent(signature(parsed), parsed);
            }
            // a second name inside this one: (Минобороны России), (IRIB), ВТБ/Внешторгбанк
            for (String second : SecondNames.of(raw, entity.isPerson(), parser)) {
                for (ParsedName parsed : readings(second, entity.isPerson(), parser)) {
                    names.putIfAbsent(signature(parsed), parsed);
                }
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        for (String value : entity.values("birthDate")) {
            Matcher m = DATE.matcher(value.strip());
            if (m.find()) {
                dates.add(m.group());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String property : List.of("nationality", "citizenship", "country", "jurisdiction")) {
            for (String value : entity.values(property)) {
                countries.add(value.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String property : ID_PROPERTIES) {
            for (String value : entity.values(property)) {
                String normalized = property.equals("militaryUnit") ? "unit:" + value.replaceAll("\\D", "") : identifier(value);
                if (normalized.startsWith("unit:") ? normalized.length() >= 9 : normalized.length() >= 4) {
                    ids.add(normalized);
                }
            }
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String property : UNIQUE_ID_PROPERTIES) {
            for (String value : entity.values(property)) {
                String normalized = identifier(value);
                if (normalized.length() >= 4) {
                    unique.add(property + ":" + normalized);
                }
            }
        }
        for (String property : TEXT_WITH_UNITS) {
            for (String value : entity.values(property)) {
                Matcher m = MILITARY_UNIT.matcher(value);
                while (m.find()) {
                    ids.add("unit:" + m.group(1));
                }
            }
        }
        return new EntityProfile(entity.id(), entity.schema(), entity.caption(), entity.dataset(), names.values().toArray(ParsedName[]::new),
                dates.toArray(String[]::new), countries.toArray(String[]::new), ids.toArray(String[]::new), unique.toArray(String[]::new));
    }

    private static List<String> nameStrings(ListedEntity entity) {
        List<String> out = new ArrayList<>(entity.names());
        if (entity.isPerson()) {
            for (String name : entity.names()) {
                // a Japanese name in kanji without a space (高山清司) is also read cut as surname and given name
                String cut = JapaneseReading.surnameAndGivenName(name.strip());
                if (cut != null) {
                    out.add(cut);
                }
                String korean = KoreanHanja.hangulName(name); // 金正恩 is also 김정은, Kim Jong Un
                if (korean != null) {
                    out.add(korean);
                }
                String chinese = KoreanNames.chineseReading(name); // 차이치 is also 차이 치, Cai Qi
                if (chinese != null) {
                    out.add(chinese);
                }
            }
            List<String> middles = new ArrayList<>(entity.values("fatherName"));
            middles.addAll(entity.values("middleName"));
            for (String first : entity.values("firstName")) {
                for (String last : entity.values("lastName")) {
                    out.add(first + " " + (middles.isEmpty() ? "" : middles.getFirst() + " ") + last);
                }
            }
        }
        return out;
    }

    /** A name as parsed; a person's name may hold a word that is also a legal form (Ao Wei, Pat Smith): read both ways. */
    private static List<ParsedName> readings(String raw, boolean person, NameParser parser) {
        return person ? parser.readings(raw) : nonNull(parser.parse(raw));
    }

    private static List<ParsedName> nonNull(@org.jspecify.annotations.Nullable ParsedName parsed) {
        return parsed == null ? List.of() : List.of(parsed);
    }

    private static String signature(ParsedName name) {
        List<String> parts = new ArrayList<>();
        for (NameToken t : name.tokens()) {
            parts.add(t.forms().getFirst());
        }
        parts.sort(null);
        return String.join(" ", parts);
    }

    /** Passport, INN or registration numbers as letters and digits only, upper case ("45 07 123456" = "4507123456"). */
    static String identifier(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length() && sb.length() < 64; i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    boolean isPerson() {
        return schema.equals("Person");
    }

    boolean isOrganization() {
        return schema.equals("Organization") || schema.equals("Company") || schema.equals("PublicBody");
    }

    /**
     * An organisation by schema, or a legal entity of no finer schema that one of its names shows to be one: OFAC lists
     * its companies as "entity" (LegalEntity), and BANK MELLI PLC or X SANAYI VE TICARET ANONIM SIRKETI is no man's
     * name. A legal form read from a one-word name (Ao Wei) may be a person's word and does not decide.
     */
    boolean namedAsOrganization() {
        if (isOrganization()) {
            return true;
        }
        if (isPerson()) {
            return false;
        }
        for (ParsedName name : names) {
            if (!name.legalForm().isEmpty() && name.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "EntityProfile[" + id + ", " + schema + ", " + names.length + " names]";
    }
}
