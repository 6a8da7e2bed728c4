package org.passage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules that Spring Modulith's module check does not see, written as sentences: how a request travels
 * inside a feature (a page asks a desk, a desk reads a table) and what stays inside a feature.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passage");

    @Test
    void pagesDoNotTalkToTheDatabase() {
        ArchRule rule = noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .because("pages ask a desk, and the desk decides and audits before any table is read");
        rule.check(MAIN);
    }

    @Test
    void tablesAreNotPublic() {
        ArchRule rule = classes().that().areAnnotatedWith(Repository.class).should().notBePublic()
                .because("another feature reads a feature's data only through its public API");
        rule.check(MAIN);
    }
}
