package org.passage.bench.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.passage.screening.Hit;
import org.passage.screening.Screening;
import org.passage.watchlists.ListedEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The false-alert rate: people who are on no list (yente's synthetic screening fixtures, names in many
 * scripts) screened by name against a real list; any hit at or above the threshold is a false alert. Reported
 * per 100 names, overall and per writing system, since a matcher that romanises badly alerts on whole scripts.
 */
public final class InnocentNames {

    private final double threshold;
    private final boolean showAlerts;

    public InnocentNames(double threshold, boolean showAlerts) {
        this.threshold = threshold;
        this.showAlerts = showAlerts;
    }

    /** Alerts per 100 names, overall. */
    public double run(List<ListedEntity> list, List<String> names, PrintWriter out) {
        Map<String, int[]> perScript = new TreeMap<>();
        int alerts = 0;
        try (Screening screening = Screening.of(list, threshold)) {
            for (String name : names) {
                int[] row = perScript.computeIfAbsent(WritingSystem.of(name), k -> new int[2]);
                row[0]++;
                ListedEntity query = new ListedEntity("q", "Person", name, Map.of("name", List.of(name)), "query");
                List<Hit> hits = screening.screen(query, 1);
                if (!hits.isEmpty() && hits.getFirst().match()) {
                    row[1]++;
                    alerts++;
                    if (showAlerts) {
                        out.printf(Locale.ROOT, "ALERT %.2f | %s | %s | %s%n", hits.getFirst().score(), name, hits.getFirst().caption(),
                                hits.getFirst().features().stream().map(f -> f.name() + String.format(Locale.ROOT, "%+.2f", f.weight()) + " " + f.detail()).toList());
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "False alerts on %d innocent names against %d listed entities, threshold %.2f:%n", names.size(), list.size(), threshold);
        perScript.forEach((script, row) -> out.printf(Locale.ROOT, "  script %-12s %5d names %4d alerts %6.1f per 100%n",
                script, row[0], row[1], 100.0 * row[1] / row[0]));
        double rate = names.isEmpty() ? 0 : 100.0 * alerts / names.size();
        out.printf(Locale.ROOT, "passage false alerts=%.1f per 100 innocent names (%d of %d)%n", rate, alerts, names.size());
        out.flush();
        return rate;
    }

    /** The first {@code limit} full names of a fixture CSV whose first column is {@code full_name}. */
    public static List<String> readNames(BufferedReader in, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        String header = in.readLine();
        if (header == null || !header.startsWith("full_name")) {
            throw new IllegalArgumentException("expected a CSV with a full_name column first");
        }
        for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
            String name = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",", 2)[0];
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    /** Entities of an OFAC SDN JSON export ({@code entries: [{uid, name, type, alternateNames}]}). */
    public static List<ListedEntity> readOfacJson(InputStream in) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("not an OFAC SDN JSON export: it has no \"entries\" array (ofac-sdn.json is one, metadata.json is not)");
        }
        List<ListedEntity> out = new ArrayList<>();
        for (JsonNode e : entries) {
            String schema = switch (e.path("type").asString("entity")) {
                case "individual" -> "Person";
                case "vessel" -> "Vessel";
                case "aircraft" -> "Airplane";
                default -> "LegalEntity";
            };
            if (!e.hasNonNull("name") || !e.hasNonNull("uid")) {
                throw new IllegalArgumentException("not an OFAC SDN JSON export: entry " + out.size() + " has no name or uid");
            }
            String name = e.get("name").asString();
            List<String> aliases = new ArrayList<>();
            e.path("alternateNames").forEach(a -> aliases.add(a.asString()));
            out.add(new ListedEntity("ofac-" + e.get("uid").asString(), schema, name, Map.of("name", List.of(name), "alias", aliases), "ofac"));
        }
        return out;
    }
}
