package org.passage.vetting.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inputs every finding carries to name its data: {@link #DATASET} (the catalogue datasets it rests on),
 * {@link #VERSIONS} (their versions as the run found them: retrieval date and SHA-256 prefix) and {@link #RECORD}
 * (the record in them: snapshot, file and line, entity id or publisher link). A finding without a source is a
 * finding nobody can check: {@link #complete} gives each kind of finding its own.
 */
final class FindingSources {

    static final String DATASET = "source.dataset";
    static final String VERSIONS = "source.versions";
    static final String RECORD = "source.record";
    private static final String UNITS = "units knowledge base (units-uawardata, unit-positions-deepstate, installations-rumiloc)";

    private FindingSources() {
    }

    /** The draft with its dataset and record named, from what its rule put in its inputs when the rule did not. */
    static Finding.Draft complete(Finding.Draft d) {
        Map<String, String> in = d.inputs();
        if (in.containsKey(DATASET) && in.containsKey(RECORD)) {
            return d;
        }
        String kind = d.kind();
        String dataset;
        String record;
        if (kind.startsWith("territory-data-stale")) {
            dataset = "occupied-territory-nzz, occupied-territory-deepstate";
            record = in.getOrDefault("warnings", "");
        } else if (kind.startsWith("territory")) {
            String series = Arrays.stream(in.getOrDefault("sources", "").split(",\\s*")).filter(s -> !s.isBlank())
                    .map(FindingSources::territorySeries).distinct().collect(Collectors.joining(", "));
            dataset = (series.isEmpty() ? "" : series + ", ") + "boundaries-natural-earth, gazetteer";
            record = "place " + in.getOrDefault("place", "") + " " + in.getOrDefault("coordinates", "")
                    + (in.containsKey("snapshots") ? "; snapshots " + in.get("snapshots") : "; " + in.getOrDefault("problem", "no snapshot read"));
        } else if (kind.equals("unit-unknown")) {
            dataset = UNITS;
            record = "no known unit resolved for \"" + in.getOrDefault("unitText", "") + "\"";
        } else if (kind.equals("unit-sanctioned")) {
            dataset = "sanctions lists linked in the " + UNITS;
            record = in.getOrDefault("entries", "");
        } else if (kind.equals("unit-far") || kind.equals("unit-near")) {
            dataset = "unit positions in the " + UNITS;
            record = in.getOrDefault("positions", "");
        } else if (kind.equals("gap") || kind.equals("no-periods")) {
            dataset = "service periods recorded for this case (his statement)";
            record = kind.equals("gap") ? "no period covers " + in.get("from") + ".." + in.get("to") : "no period recorded";
        } else if (kind.startsWith("screening-") && in.containsKey("list")) {
            // the list's version and the dataset version it was imported from ("eu version 3, dataset eu-fsf …"): a list
            // name alone ("eu") named no version, as it is no catalogue dataset's name
            dataset = in.getOrDefault("source", in.get("list"));
            record = "entry " + in.get("entity") + " (" + in.get("caption") + "), score " + in.get("score") + ", review " + in.get("review");
        } else if (kind.startsWith("screening-")) {
            dataset = "screening index (every imported watchlist)";
            record = kind.equals("screening-loading") ? "index still loading at the run" : "results could not be read at the run";
        } else {
            dataset = "written by an analyst";
            record = d.identity();
        }
        Map<String, String> inputs = new LinkedHashMap<>(in);
        inputs.putIfAbsent(DATASET, dataset);
        inputs.putIfAbsent(RECORD, record.strip());
        return d.withInputs(inputs);
    }

    /** The draft with the version of every catalogue dataset it names, as {@code versionOf} finds it (or "not versioned"). */
    static Finding.Draft versioned(Finding.Draft d, Function<String, String> versionOf) {
        List<String> names = Arrays.stream(d.inputs().getOrDefault(DATASET, "").split("[,;()\\s]+"))
                .filter(n -> n.matches("[a-z0-9]+(-[a-z0-9]+)+")).distinct().toList();
        if (names.isEmpty()) {
            return d;
        }
        Map<String, String> inputs = new LinkedHashMap<>(d.inputs());
        inputs.put(VERSIONS, names.stream().map(n -> n + " " + versionOf.apply(n)).collect(Collectors.joining("; ")));
        return d.withInputs(inputs);
    }

    /** One line for the page and the dossier: "Source: dataset (versions) — record". */
    static String line(Map<String, String> inputs) {
        return line(inputs, java.util.function.UnaryOperator.identity());
    }

    /** The line with the dataset, its versions and the record each in {@code words} (Passage's English in the reader's). */
    static String line(Map<String, String> inputs, java.util.function.UnaryOperator<String> words) {
        if (!inputs.containsKey(DATASET)) {
            return "";
        }
        return words.apply(inputs.get(DATASET)) + (inputs.containsKey(VERSIONS) ? " [" + words.apply(inputs.get(VERSIONS)) + "]" : "")
                + (inputs.getOrDefault(RECORD, "").isEmpty() ? "" : " — " + words.apply(inputs.get(RECORD)));
    }

    private static String territorySeries(String snapshot) {
        String s = snapshot.toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("nzz")) {
            return "occupied-territory-nzz";
        }
        if (s.contains("ordlo") || s.contains("раw") || s.contains("raw") || s.contains("ордло")) {
            return "occupied-territory-ordlo";
        }
        if (s.startsWith("deepstate")) {
            return "occupied-territory-deepstate";
        }
        if (s.contains("crimea")) {
            return "boundaries-geoboundaries";
        }
        return s;
    }
}
