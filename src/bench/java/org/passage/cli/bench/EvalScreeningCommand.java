package org.passage.cli.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.passage.bench.screening.InnocentNames;
import org.passage.bench.screening.LabelledPair;
import org.passage.bench.screening.PairsEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code passage eval screening FILE [--threshold 0.70]}: precision, recall, F1 and F2 on labelled pairs, against two baselines. */
@Command(name = "screening", mixinStandardHelpOptions = true,
        description = "Scores labelled pairs (OpenSanctions pairs format: JSON array or JSON lines of {left, right, judgement, group}) "
                + "with Passage, Jaro-Winkler and Lucene fuzzy matching, and prints precision/recall/F1/F2 per group and schema.")
public final class EvalScreeningCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the pairs file")
    @org.jspecify.annotations.Nullable Path file;

    @Option(names = "--innocent", paramLabel = "CSV", description = "also screen the people of this fixture CSV (full_name first; "
            + "e.g. yente's negatives_global.csv) against --list and report false alerts per 100 names, per script; "
            + "repeat for several files (--innocent-limit names in all)")
    @org.jspecify.annotations.Nullable List<Path> innocent;

    @Option(names = "--list", paramLabel = "JSON", description = "the OFAC SDN JSON export to screen --innocent names against")
    @org.jspecify.annotations.Nullable Path list;

    @Option(names = "--innocent-limit", defaultValue = "1000", description = "how many innocent names to screen (default ${DEFAULT-VALUE})")
    int innocentLimit;

    @Option(names = "--threshold", defaultValue = "0.70", description = "score at or above which a pair is a match (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--show-errors", description = "print each pair Passage gets wrong, with its features (names are printed: use on list data only)")
    boolean showErrors;

    @Option(names = "--through-index", description = "also screen the cross-script pairs through the candidate index: the Latin sides "
            + "listed, the other sides as queries, recall and false alerts per script")
    boolean throughIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1]");
        }
        if (file == null && innocent == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a pairs FILE, --innocent CSV with --list JSON, or both");
        }
        if ((innocent == null) != (list == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--innocent and --list go together");
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (file != null) {
            List<LabelledPair> pairs;
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                pairs = LabelledPair.read(reader);
            } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return 1;
            }
            new PairsEvaluation(threshold, showErrors).run(pairs, out);
            if (throughIndex) {
                org.passage.bench.screening.IndexRecall.run(pairs, out, showErrors);
            }
        }
        if (innocent != null && list != null) {
            List<String> names = new java.util.ArrayList<>();
            for (Path csv : innocent) {
                try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    names.addAll(InnocentNames.readNames(reader, innocentLimit - names.size()));
                }
            }
            List<org.passage.watchlists.ListedEntity> entities;
            try (var in = Files.newInputStream(list)) {
                entities = InnocentNames.readOfacJson(in);
            } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
                spec.commandLine().getErr().println(list + ": " + e.getMessage());
                return 1;
            }
            new InnocentNames(threshold, showErrors).run(entities, names, out);
        }
        return 0;
    }
}
