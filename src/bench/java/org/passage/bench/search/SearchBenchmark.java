package org.passage.bench.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What {@code passage bench search} runs inside the started application: opens {@code size} cases with clearly
 * synthetic Russian names (seed 14) in an organization of its own, then, as its coordinator, times {@link Cases#search}:
 * the first search (which opens every case to build the organization's index), then searches by surname in Cyrillic,
 * in a Latin spelling, by full name and by case code, and a search after one case changed.
 */
@Component
public final class SearchBenchmark {

    private static final String[] SURNAMES = {"Тестов", "Образцов", "Пробный", "Примеров", "Синтетов", "Макетов", "Шаблонов",
            "Щукин-Демо", "Хабибуллин-Демо", "Цветков-Демо", "Жуков-Демо", "Юдин-Демо", "Ёлкин-Демо", "Фёдоров-Демо"};
    private static final String[] GIVEN = {"Иван", "Пётр", "Алексей", "Дмитрий", "Юрий", "Фёдор", "Михаил", "Сергей", "Андрей", "Николай"};
    private static final String[] LATIN = {"Testov", "Obraztsov", "Probnyy", "Primerov", "Sintetov", "Maketov", "Shablonov",
            "Shchukin-Demo", "Khabibullin-Demo", "Tsvetkov-Demo", "Zhukov-Demo", "Yudin-Demo", "Yolkin-Demo", "Fyodorov-Demo"};

    private final Cases cases;
    private final Organizations organizations;
    private final StaffDirectory staff;

    SearchBenchmark(Cases cases, Organizations organizations, StaffDirectory staff) {
        this.cases = cases;
        this.organizations = organizations;
        this.staff = staff;
    }

    public int run(int size, int queries, PrintStream out) {
        var random = new Random(14);
        UUID org = organizations.create("Search benchmark " + UUID.randomUUID().toString().substring(0, 8)).id();
        long t0 = System.nanoTime();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " " + i;
            codes.add(cases.openForApplicant(org, name).code());
        }
        out.printf(Locale.ROOT, "%d cases opened (synthetic names, seed 14) in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
        var member = staff.add(org, new Username("bench" + UUID.randomUUID().toString().substring(0, 8)), "Search benchmark",
                EnumSet.of(Role.COORDINATOR));
        var principal = new StaffPrincipal(member.id(), org, member.username().value(), member.displayName(), member.roles(), 0);
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
        try {
            long first = System.nanoTime();
            int found = cases.search("Тестов", "bench.search").size();
            out.printf(Locale.ROOT, "first search (opens all %d cases, builds the index): %.0f ms, %d found%n",
                    size, (System.nanoTime() - first) / 1e6, found);
            time(out, "surname in Cyrillic", queries, i -> SURNAMES[i % SURNAMES.length]);
            time(out, "surname in Latin", queries, i -> LATIN[i % LATIN.length]);
            time(out, "surname and given name, Latin", queries, i -> LATIN[i % LATIN.length] + " " + "Dmitry");
            time(out, "case code", queries, i -> codes.get(i * 7919 % codes.size()));
            time(out, "nothing matches", queries, i -> "Nonexistent" + i);
            return 0;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void time(PrintStream out, String what, int queries, java.util.function.IntFunction<String> query) {
        double[] ms = new double[queries];
        int found = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            found += cases.search(query.apply(i), "bench.search").size();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "%-32s p50 %.1f ms, p90 %.1f ms, max %.1f ms over %d searches (%.0f found on average)%n",
                what + ":", ms[queries / 2], ms[(int) Math.ceil(queries * 0.9) - 1], ms[queries - 1], queries, (double) found / queries);
    }
}
