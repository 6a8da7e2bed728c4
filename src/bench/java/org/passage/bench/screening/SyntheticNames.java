package org.passage.bench.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.passage.screening.engine.NameMatcher;
import org.passage.watchlists.ListedEntity;

/**
 * Grows a list to any size by re-combining real name parts: Russian surnames, given names and patronymics with
 * their frequencies (russian-names: datacoon/russiannames via sorokinpf, BSD-3-Clause) drawn in proportion to
 * how common they are, gender kept consistent (Иванова Мария Петровна), and, for one entity in five, a given
 * name and surname from the yente screening fixtures (many nationalities and scripts). Two in five Russian
 * names are written in Latin by a randomly chosen romanisation system. Entity {@code i} is a pure function of
 * the seed and {@code i}, so the list is generated lazily and never held in memory.
 */
public final class SyntheticNames {

    /** The parts of one generated person; a query can render them differently. */
    public record Person(String id, String surname, String given, String patronymic, boolean russian, String birthDate) {
    }

    private final Weighted maleGiven;
    private final Weighted femaleGiven;
    private final Weighted malePatronymics;
    private final Weighted femalePatronymics;
    private final Weighted surnames;
    private final List<String[]> foreign;
    private final long seed;
    private final String source;

    private SyntheticNames(Map<String, Weighted> parts, List<String[]> foreign, long seed, String source) {
        this.maleGiven = parts.get("mg");
        this.femaleGiven = parts.get("fg");
        this.malePatronymics = parts.get("mp");
        this.femalePatronymics = parts.get("fp");
        this.surnames = parts.get("s");
        this.foreign = foreign;
        this.seed = seed;
        this.source = source;
    }

    /** Loads the name tables under {@code data} (../shared/data); falls back to a small built-in set if absent. */
    public static SyntheticNames load(Path data, long seed) throws IOException {
        Path names = data.resolve("russian-names");
        Path firstNames = names.resolve("russiannames-begtin/first_names.csv");
        if (!Files.isRegularFile(firstNames)) {
            return builtIn(seed);
        }
        var mg = new Weighted();
        var fg = new Weighted();
        readCsv(firstNames, 2000 * 3, row -> {
            if (row.length >= 3 && row[0].length() > 1 && (row[1].equals("f") || row[1].equals("m"))) {
                (row[1].equals("f") ? fg : mg).addIfPresent(row[0], row[2]);
            }
        });
        var mp = new Weighted();
        var fp = new Weighted();
        readCsv(names.resolve("russiannames-begtin/patronymics.csv"), 4000, row -> {
            if (row.length >= 3 && (row[1].equals("f") || row[1].equals("m"))) {
                (row[1].equals("f") ? fp : mp).addIfPresent(row[0], row[2]);
            }
        });
        var s = new Weighted();
        readCsv(names.resolve("surnames-frequency/russian_surnames.csv"), Integer.MAX_VALUE, row -> {
            if (row.length >= 2) {
                s.addIfPresent(capitalize(row[0]), row[1]);
            }
        });
        List<String[]> foreign = new ArrayList<>();
        Path fixtures = data.resolve("name-matching/yente-screening-fixtures/negatives_global.csv");
        if (Files.isRegularFile(fixtures)) {
            readCsv(fixtures, 50_000, row -> {
                if (row.length >= 4 && !row[1].isBlank() && !row[3].isBlank()) {
                    foreign.add(new String[] {row[1], row[3]});
                }
            });
        }
        String source = "russian-names: " + s.size() + " surnames, " + (mg.size() + fg.size()) + " given names, "
                + (mp.size() + fp.size()) + " patronymics (weighted by frequency); yente fixtures: " + foreign.size() + " foreign names";
        return new SyntheticNames(Map.of("mg", mg, "fg", fg, "mp", mp, "fp", fp, "s", s), foreign, seed, source);
    }

    private static SyntheticNames builtIn(long seed) {
        var mg = Weighted.of("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём");
        var fg = Weighted.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария", "Юлия", "Светлана", "Екатерина");
        var mp = Weighted.of("Александрович", "Сергеевич", "Владимирович", "Юрьевич", "Николаевич", "Иванович", "Петрович");
        var fp = Weighted.of("Александровна", "Сергеевна", "Владимировна", "Юрьевна", "Николаевна", "Ивановна", "Петровна");
        var s = Weighted.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
                "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Щербаков",
                "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов");
        return new SyntheticNames(Map.of("mg", mg, "fg", fg, "mp", mp, "fp", fp, "s", s), List.of(), seed,
                "built-in sample of 32 surnames and 20 given names (../shared/data not found)");
    }

    public String source() {
        return source;
    }

    public Person person(long i) {
        Random r = new Random(seed * 1_000_003L + i);
        String birth = (1955 + r.nextInt(50)) + "-" + two(1 + r.nextInt(12)) + "-" + two(1 + r.nextInt(28));
        if (!foreign.isEmpty() && r.nextInt(5) == 0) {
            String[] a = foreign.get(r.nextInt(foreign.size()));
            String[] b = foreign.get(r.nextInt(foreign.size()));
            return new Person("bench-" + i, b[1], a[0], "", false, birth);
        }
        boolean female = r.nextInt(3) == 0;
        String surname = surnames.pick(r);
        if (female) {
            surname = feminine(surname);
        }
        String given = (female ? femaleGiven : maleGiven).pick(r);
        String patronymic = (female ? femalePatronymics : malePatronymics).pick(r);
        return new Person("bench-" + i, surname, given, patronymic, true, birth);
    }

    /** The listed entity for person {@code i}: a Russian name in Cyrillic or, two times in five, in Latin. */
    public ListedEntity entity(long i) {
        Person p = person(i);
        Random r = new Random(seed * 7_000_003L + i);
        String name = p.russian() && r.nextInt(5) < 2 ? romanized(p.surname() + " " + p.given() + " " + p.patronymic(), r)
                : join(p.surname(), p.given(), p.patronymic());
        return new ListedEntity(p.id(), "Person", name, Map.of("name", List.of(name), "birthDate", List.of(p.birthDate())), "bench");
    }

    public Iterable<ListedEntity> entities(int count) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public ListedEntity next() {
                return entity(next++);
            }
        };
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> ROMANIZED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Writes each word in a randomly chosen romanisation system, capitalised. */
    static String romanized(String name, Random r) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> variants = ROMANIZED.computeIfAbsent(word, NameMatcher::romanizations);
            String v = variants.isEmpty() ? word : variants.get(r.nextInt(variants.size()));
            sb.append(sb.isEmpty() ? "" : " ").append(capitalize(v));
        }
        return sb.toString();
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(p);
            }
        }
        return sb.toString();
    }

    private static String feminine(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин") || surname.endsWith("ын")) {
            return surname + "а";
        }
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        return surname;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private static void readCsv(Path file, int limit, java.util.function.Consumer<String[]> row) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null && n < limit) {
                if (n++ == 0 && line.startsWith("text,") || line.startsWith("full_name,")) {
                    continue;
                }
                row.accept(line.split(",", -1));
            }
        }
    }

    /** Values drawn in proportion to their counts. */
    static final class Weighted {
        private final List<String> values = new ArrayList<>();
        private long[] cumulative = new long[16];
        private long total;

        static Weighted of(String... values) {
            var w = new Weighted();
            for (String v : values) {
                w.add(v, 1);
            }
            return w;
        }

        void addIfPresent(String value, String count) {
            try {
                add(value, Long.parseLong(count.strip()));
            } catch (NumberFormatException e) {
                // a row without a count is skipped
            }
        }

        void add(String value, long count) {
            if (count <= 0 || value.isBlank()) {
                return;
            }
            if (values.size() == cumulative.length) {
                cumulative = java.util.Arrays.copyOf(cumulative, cumulative.length * 2);
            }
            total += count;
            cumulative[values.size()] = total;
            values.add(value);
        }

        String pick(Random r) {
            long x = (long) (r.nextDouble() * total);
            int i = java.util.Arrays.binarySearch(cumulative, 0, values.size(), x + 1);
            return values.get(i >= 0 ? i : -i - 1);
        }

        int size() {
            return values.size();
        }
    }
}
