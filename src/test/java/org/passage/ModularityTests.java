package org.passage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features reach each other only through their public API and events; the diagram in docs/ is rendered from this. */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");
    private final ApplicationModules modules = ApplicationModules.of(PassageApplication.class);

    @Test
    void featuresUseOnlyEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void rendersTheModuleDiagram() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : (Iterable<Path>) diagrams.filter(p -> p.toString().endsWith(".puml"))::iterator) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The documenter lists components and relations in hash order, so every run rewrote the committed
     * diagrams; sorting each run of such lines keeps them byte-identical until the structure changes.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("Rel(") ? "rel" : line.strip().startsWith("Component(") ? "component" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
            runKind = kind;
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
