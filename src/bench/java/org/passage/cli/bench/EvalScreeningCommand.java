package org.passage.cli.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Parameters(index = "0", paramLabel = "FILE", description = "the pairs file")
    Path file;

    @Option(names = "--threshold", defaultValue = "0.70", description = "score at or above which a pair is a match (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--show-errors", description = "print each pair Passage gets wrong, with its features (names are printed: use on list data only)")
    boolean showErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1]");
        }
        List<LabelledPair> pairs;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            pairs = LabelledPair.read(reader);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return 1;
        }
        new PairsEvaluation(threshold, showErrors).run(pairs, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        return 0;
    }
}
