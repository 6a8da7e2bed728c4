package org.passage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features reach each other only through their public API and events; the diagram in docs/ is rendered from this. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PassageApplication.class);

    @Test
    void featuresUseOnlyEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void rendersTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
