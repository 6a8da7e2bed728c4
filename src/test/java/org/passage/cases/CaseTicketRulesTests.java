package org.passage.cases;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A ticket says need to know was checked and the act audited; only the door that does both may issue one. */
class CaseTicketRulesTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.passage");

    @Test
    void onlyTheCasesFeatureIssuesCaseTickets() {
        noClasses().that().resideOutsideOfPackage("org.passage.cases..")
                .should().callConstructorWhere(describe("a case ticket is issued",
                        call -> call.getTargetOwner().isEquivalentTo(CaseRef.class)))
                .as("only the cases feature issues case tickets")
                .check(PRODUCTION);
    }
}
