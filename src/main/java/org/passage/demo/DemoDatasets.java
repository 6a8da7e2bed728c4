package org.passage.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetState;
import org.passage.datasets.DatasetStates;
import org.passage.datasets.Datasets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's real data, and the truth about it. With a data folder laid out like ../shared/data beside the
 * checkout ({@code passage.datasets.demo-from}), every dataset not loaded yet is loaded from it through the catalogue, as
 * {@code passage data update --from} would (a version already loaded, imported or fetched, is never replaced). Then
 * the console names each dataset still missing and the one command that loads it, so nobody mistakes the demo's
 * "not checked" answers for facts.
 */
@Component
class DemoDatasets implements DemoSeeder {

    private final Datasets datasets;
    private final DatasetStates states;
    private final String folder;

    DemoDatasets(Datasets datasets, DatasetStates states, @Value("${passage.datasets.demo-from:../shared/data}") String folder) {
        this.datasets = datasets;
        this.states = states;
        this.folder = folder;
    }

    @Override
    public DemoData step() {
        return DemoData.DATASETS;
    }

    @Override
    public void seed(PrintStream console) {
        Path from = folder.isBlank() ? null : Path.of(folder);
        if (from != null && Files.isDirectory(from)) {
            for (DatasetState state : states.all()) {
                Dataset dataset = state.dataset();
                if (state.missing() && Files.isDirectory(from.resolve(dataset.folder()))) {
                    console.println("Loading " + dataset.name() + " from " + from.resolve(dataset.folder()) + " ...");
                    datasets.update(dataset.name(), from, Datasets.Progress.NONE).stream().filter(Datasets.Outcome::failed)
                            .forEach(failed -> console.println("  failed: " + failed.version().error()));
                }
            }
        }
        List<DatasetState> missing = states.all().stream().filter(DatasetState::missing).toList();
        if (missing.isEmpty()) {
            console.println("Every dataset of the catalogue is loaded (./passage data list shows versions and ages).");
            return;
        }
        console.println();
        if (from == null || !Files.isDirectory(from)) {
            // say where it looked: "../shared/data" means nothing to someone who cloned the repository alone
            console.println("No data folder at " + (from == null ? "(none given)" : from.toAbsolutePath().normalize())
                    + ": give one with ./passage demo --data-from DIR.");
        }
        console.println("Not loaded: " + missing.size() + " of " + states.all().size() + " datasets. Until they are, vetting and screening");
        console.println("answer \"not checked\" where these are needed, and the pages resting on them say so:");
        for (DatasetState state : missing) {
            console.printf("  %-30s %s%n", state.dataset().name(), state.dataset().title());
        }
        console.println("Load them with:  " + DatasetStates.FROM_FOLDER + "   (a folder laid out like ../shared/data)");
        console.println("            or:  " + DatasetStates.FROM_PUBLISHERS + "   (from the publishers over HTTPS)");
    }
}
