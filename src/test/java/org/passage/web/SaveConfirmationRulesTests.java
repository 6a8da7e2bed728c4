package org.passage.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every form of the staff pages that changes data says so after a save: each POST handler of a page controller
 * carries {@link Confirms}. The few that change nothing a staff member saved (logging in, the public intake and
 * check-in pages the person himself uses, a screening search, opening sealed evidence to read it) are named here.
 */
class SaveConfirmationRulesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.passage");

    /** Class simple name and method name of the POST handlers that confirm nothing, and why. */
    private static final Set<String> NOTHING_SAVED = Set.of(
            "LoginPages.changePassword", "LoginPages.enrol", "LoginPages.code", // logging in (the first password is part of it)
            "IntakePages.submit", "IntakePages.status", // the person's own public pages, which answer with a page of their own
            "CheckInLinkPage.checkIn", // the person's one-time check-in link: its answer must look the same, duress or not
            "ScreeningPages.screen", // a search
            "EvidencePages.open"); // reading sealed evidence (audited), nothing written but the audit

    @Test
    void everyConfirmationSaysWhatWasSavedInEachLanguage() throws Exception {
        var keys = MAIN.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Confirms.class))
                .map(m -> m.getAnnotationOfType(Confirms.class).value()).collect(java.util.stream.Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(keys).hasSizeGreaterThan(50);
        for (String bundle : java.util.List.of("messages", "messages_ru", "messages_fr")) {
            var texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/" + bundle + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(texts.stringPropertyNames()).as(bundle).contains("saved").containsAll(keys);
        }
    }

    @Test
    void everyPostHandlerOfTheStaffPagesConfirmsASave() {
        methods().that().areAnnotatedWith(PostMapping.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .and(DescribedPredicate.describe("not one that saves nothing",
                        (JavaMethod m) -> !NOTHING_SAVED.contains(m.getOwner().getSimpleName() + "." + m.getName())))
                .should().beAnnotatedWith(Confirms.class)
                .check(MAIN);
    }
}
