package org.passage.vetting.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The two-person rule is plain Java: the vetting aggregate and its policy know nothing of Spring, SQL or JSON. */
class VettingArchitectureTests {

    private final JavaClasses vetting = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passage.vetting.internal");

    @Test
    void theVettingAndItsRuleUseNeitherSpringNorStorage() {
        noClasses().that().belongToAnyOf(Vetting.class, VettingChange.class, TwoPersonSignOffPolicy.class, NotInThisVetting.class, LongText.class,
                        Decision.class, Finding.class, ServicePeriod.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..")
                .check(vetting);
    }
}
