package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a candidate against a query over explainable features: the best pairing of their names (with each
 * matched part and how it matched), birth date agreement or conflict (year-only dates handled), shared
 * nationality or country, shared identifiers (passport, INN, registration, military unit), and whether the
 * schemas can describe the same thing. Each feature carries the weight it added to the score.
 */
public final class EntityScorer {

    static final double DATE_EXACT = 0.10;
    static final double DATE_YEAR = 0.05;
    static final double DATE_NEAR = -0.08;
    static final double DATE_CONFLICT = -0.35;
    static final double COUNTRY_MATCH = 0.03;
    static final double COUNTRY_MISMATCH = -0.03;
    static final double IDENTIFIER_MATCH = 0.35;
    static final double SCHEMA_MISMATCH_FACTOR = 0.3;
    static final double IDENTIFIER_FLOOR = 0.90;
    static final double IDENTIFIER_CONFLICT = -0.35;
    static final int STRONG_IDENTIFIER_LENGTH = 8;
    static final int UNIQUE_IDENTIFIER_LENGTH = 7;

    private EntityScorer() {
    }

    /** A scored comparison; features explain it. */
    public record Scored(double score, List<Explained> features) {
    }

    /** A feature in the explanation: a stable name, the weight it contributed and a human-readable detail. */
    public record Explained(String name, double weight, String detail) {
        @Override
        public String toString() {
            return "Explained[" + name + ", " + weight + ", detail redacted]";
        }
    }

    static Scored score(EntityProfile query, EntityProfile candidate) {
        return score(query, candidate, null);
    }

    /**
     * The same, remembering what the query worked out in {@code memory} (the query's, see {@link QueryMemory}; null for
     * none). The score is worked out now; its explanation when first read ({@link ListOnDemand}), since a query
     * scores fifty candidates and shows a few.
     */
    static Scored score(EntityProfile query, EntityProfile candidate, @org.jspecify.annotations.Nullable QueryMemory memory) {
        NameComparison.Outcome best = null;
        int bestQ = -1;
        int bestC = -1;
        ParsedName[] qn = query.names();
        ParsedName[] cn = candidate.names();
        boolean organizations = !query.isPerson() && !candidate.isPerson();
        for (int i = 0; i < qn.length; i++) {
            for (int j = 0; j < cn.length; j++) {
                NameComparison.Outcome o = NameComparison.compare(qn[i], cn[j], organizations, memory);
                if (best == null || o.score() > best.score()) {
                    best = o;
                    bestQ = i;
                    bestC = j;
                }
            }
        }
        NameComparison.Outcome name = best;
        int nameQ = bestQ;
        int nameC = bestC;
        boolean anotherFather = best != null && !organizations && anotherPatronymic(qn[bestQ], cn, bestC);
        double score = score(query, candidate, name, nameQ, nameC, anotherFather, null);
        return new Scored(score, new ListOnDemand<>(() -> {
            List<Explained> features = new ArrayList<>();
            score(query, candidate, name, nameQ, nameC, anotherFather, features);
            return features;
        }));
    }

    /**
     * Whether the entry states a patronymic, in a name other than the one that matched best, that the query's
     * patronymic does not answer, while the best-matched name of the entry gives none: Кузин Александр Павлович against
     * KUZIN, Aleksandr Yuryevich, also listed as Aleksandr KUZIN, is another man's son. Lists give the patronymic in one
     * name and leave it out of the aliases; compared name by name, the alias would hide the contradiction.
     */
    static boolean anotherPatronymic(ParsedName query, ParsedName[] entry, int best) {
        if (!has(query, ParsedName.PATRONYMIC) || has(entry[best], ParsedName.PATRONYMIC)) {
            return false;
        }
        boolean stated = false;
        for (int j = 0; j < entry.length; j++) {
            ParsedName other = entry[j];
            for (int t = 0; j != best && t < other.size(); t++) {
                if (other.roles()[t] != ParsedName.PATRONYMIC) {
                    continue;
                }
                stated = true;
                for (int q = 0; q < query.size(); q++) {
                    if (query.roles()[q] == ParsedName.PATRONYMIC
                            && TokenMatch.compare(query.tokens()[q], other.tokens()[t]).similarity() >= SAME_PATRONYMIC) {
                        return false;
                    }
                }
            }
        }
        return stated;
    }

    /**
     * Another patronymic stated in another of the entry's names: below the threshold even when the rest agrees word for
     * word, since a namesake with another father was the commonest false alert on Russian names
     * ({@code make_russian_applicants.py}).
     */
    static final double ANOTHER_PATRONYMIC = 0.65;

    /** How alike two spellings of one patronymic are at least (Yuryevich, Iurevich, Yurievich are one). */
    static final double SAME_PATRONYMIC = 0.7;

    private static boolean has(ParsedName name, byte role) {
        for (int i = 0; i < name.size(); i++) {
            if (name.roles()[i] == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * The score given the best pairing of names ({@code best}: name {@code bestQ} of the query against name
     * {@code bestC} of the candidate), with each feature explained in {@code features} when it is not null.
     */
    private static double score(EntityProfile query, EntityProfile candidate, NameComparison.@org.jspecify.annotations.Nullable Outcome best,
                                int bestQ, int bestC, boolean anotherFather, @org.jspecify.annotations.Nullable List<Explained> features) {
        double score = 0;
        if (best != null) {
            score = best.score();
            if (features != null) {
                features.add(new Explained("name", best.score(), "name " + (bestQ + 1) + " of the query against name " + (bestC + 1) + " of the entry"));
                for (NameComparison.Part p : best.parts()) {
                    features.add(new Explained("name." + p.kind().name().toLowerCase(Locale.ROOT), p.similarity(),
                            role(p.role()) + ": " + p.query() + " ~ " + p.candidate()));
                }
                if (!best.rule().isEmpty()) {
                    features.add(new Explained("name.rule", 0, best.rule()));
                }
            }
            if (anotherFather) {
                add(features, "name.patronymic_conflict", score * (ANOTHER_PATRONYMIC - 1), "another name of the entry gives another patronymic");
                score *= ANOTHER_PATRONYMIC;
            }
        } else {
            add(features, "name", 0, "no comparable name");
        }
        double dates = dates(query.birthDates(), candidate.birthDates(), features);
        double countries = countries(query.countries(), candidate.countries(), features);
        double ids = identifiers(query.identifiers(), candidate.identifiers(), features);
        if (ids == 0 && conflicting(query.uniqueIdentifiers(), candidate.uniqueIdentifiers())) {
            ids = add(features, "identifier.conflict", IDENTIFIER_CONFLICT, "another number of the same kind (INN, OGRN, IMO, registration …)");
        }
        score += dates + countries + ids;
        boolean strong = strongIdentifier(query.identifiers(), candidate.identifiers())
                || sharedUnique(query.uniqueIdentifiers(), candidate.uniqueIdentifiers());
        if (strong && dates > DATE_CONFLICT && score < IDENTIFIER_FLOOR) {
            // the same INN, OGRN, registration or passport number is the same legal person, whatever the names say
            add(features, "identifier.strong", IDENTIFIER_FLOOR - score, "a registration or passport number is shared");
            score = IDENTIFIER_FLOOR;
        }
        if (!compatible(query, candidate)) {
            if (features != null) {
                features.add(new Explained("schema.mismatch", -score * (1 - SCHEMA_MISMATCH_FACTOR), query.schema() + " vs " + candidate.schema()));
            }
            score *= SCHEMA_MISMATCH_FACTOR;
        }
        return Math.max(0, Math.min(1, score));
    }

    private static String role(byte role) {
        return switch (role) {
            case ParsedName.GIVEN -> "given name";
            case ParsedName.PATRONYMIC -> "patronymic";
            case ParsedName.INITIAL -> "initial";
            case ParsedName.GENERIC -> "generic word";
            default -> "name part";
        };
    }

    static boolean compatible(EntityProfile a, EntityProfile b) {
        if (a.schema().equals(b.schema())) {
            return true;
        }
        if (a.isPerson() && b.namedAsOrganization() || b.isPerson() && a.namedAsOrganization()) {
            return false;
        }
        if (isAbstract(a.schema()) || isAbstract(b.schema())) {
            return true;
        }
        return a.isOrganization() && b.isOrganization();
    }

    private static boolean isAbstract(String schema) {
        return schema.equals("LegalEntity") || schema.equals("Thing");
    }

    private static double dates(String[] a, String[] b, @org.jspecify.annotations.Nullable List<Explained> features) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int best = Integer.MIN_VALUE; // 3 exact, 2 same year, 1 one year apart, 0 conflict
        for (String x : a) {
            for (String y : b) {
                int year = Math.abs(Integer.parseInt(x, 0, 4, 10) - Integer.parseInt(y, 0, 4, 10)); // no copy of the year per pair
                int relation;
                if (x.equals(y) && x.length() == 10) {
                    relation = 3;
                } else if (year == 0 && (x.length() < 10 || y.length() < 10 || x.startsWith(y) || y.startsWith(x))) {
                    relation = 2;
                } else if (year == 0) {
                    relation = 1; // same year, different day: a typo or a different person
                } else if (year == 1) {
                    relation = 1;
                } else {
                    relation = 0;
                }
                best = Math.max(best, relation);
            }
        }
        return switch (best) {
            case 3 -> add(features, "birth_date.match", DATE_EXACT, "same date of birth");
            case 2 -> add(features, "birth_date.year", DATE_YEAR, "same year of birth (one side gives only the year)");
            case 1 -> add(features, "birth_date.near", DATE_NEAR, "dates of birth differ by a day or a year");
            default -> add(features, "birth_date.conflict", DATE_CONFLICT, "dates of birth differ by years");
        };
    }

    private static double countries(String[] a, String[] b, @org.jspecify.annotations.Nullable List<Explained> features) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return features == null ? COUNTRY_MATCH : add(features, "country.match", COUNTRY_MATCH, "shared nationality or country " + x);
                }
            }
        }
        return add(features, "country.mismatch", COUNTRY_MISMATCH, "no shared nationality or country");
    }

    private static double identifiers(String[] a, String[] b, @org.jspecify.annotations.Nullable List<Explained> features) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) && x.length() >= 5) {
                    if (features == null) {
                        return IDENTIFIER_MATCH;
                    }
                    String kind = x.startsWith("unit:") ? "military unit " + x.substring(5) : "identifier";
                    return add(features, "identifier.match", IDENTIFIER_MATCH, "shared " + kind);
                }
            }
        }
        return 0;
    }

    /** Both sides give a number of the same kind and none of them agree. */
    private static boolean conflicting(String[] a, String[] b) {
        for (String x : a) {
            String kind = x.substring(0, x.indexOf(':') + 1);
            boolean sameKind = false;
            for (String y : b) {
                if (y.startsWith(kind)) {
                    if (y.equals(x)) {
                        return false;
                    }
                    sameKind = true;
                }
            }
            if (sameKind) {
                for (String y : a) {
                    if (y.startsWith(kind) && java.util.Arrays.asList(b).contains(y)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The same INN, OGRN, IMO or LEI number of seven characters or more (an IMO number has seven digits). */
    private static boolean sharedUnique(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) && x.length() - x.indexOf(':') - 1 >= UNIQUE_IDENTIFIER_LENGTH) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean strongIdentifier(String[] a, String[] b) {
        for (String x : a) {
            if (x.length() < STRONG_IDENTIFIER_LENGTH || x.startsWith("unit:")) {
                continue;
            }
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double add(@org.jspecify.annotations.Nullable List<Explained> features, String name, double weight, String detail) {
        if (features != null) {
            features.add(new Explained(name, weight, detail));
        }
        return weight;
    }
}
