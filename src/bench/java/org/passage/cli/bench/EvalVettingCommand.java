package org.passage.cli.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.passage.bench.vetting.VettingEvaluation;
import org.passage.cli.ApplicationCommand;
import org.passage.cli.ConfiguresApplication;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage eval vetting}: Passage's own applicant set, entered through the vetting page's desk in a database
 * of its own ({@code data/eval-vetting}), with the geo data of {@code --data}. Exit code 1 when a red flag is missed,
 * more than 5 % of red flags are false, a finding has no source or a period shows more than 15 findings.
 */
@Command(name = "vetting", mixinStandardHelpOptions = true,
        description = "Measure vetting on Passage's own applicant set: missed and false red flags, unsourced findings, findings per period.")
@ApplicationCommand
public final class EvalVettingCommand implements Callable<Integer>, ConfiguresApplication {

    @Option(names = "--data", defaultValue = "../shared/data", description = "the shared data folder (occupied territory, gazetteer)")
    String data;

    @Option(names = "--set", description = "the folder with applicants.json and knowledge.json (default: the project's own set)")
    java.nio.file.Path set = VettingEvaluation.SET;

    @Option(names = "--only", split = ",", description = "applicant ids to run (default: all)")
    String[] only;

    VettingEvaluation evaluation;

    @Autowired
    void setEvaluation(VettingEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public java.util.Map<String, Object> applicationProperties() {
        return java.util.Map.of("logging.level.root", "WARN", "passage.data-dir", "data/eval-vetting", "passage.keys-dir", "data/eval-vetting-keys", "passage.geo.data", data,
                "passage.intake.organization", "Vetting evaluation");
    }

    @Override
    public Integer call() {
        Set<String> ids = only == null ? Set.of() : Arrays.stream(only).map(String::strip).collect(Collectors.toSet());
        var report = evaluation.run(set, id -> ids.isEmpty() || ids.contains(id), System.out);
        boolean met = report.missed() == 0 && report.falseShare() <= 0.05 && report.unsourced() == 0 && report.maxPerPeriod() <= 15;
        System.out.println(met ? "targets met" : "targets NOT met");
        return met ? 0 : 1;
    }
}
