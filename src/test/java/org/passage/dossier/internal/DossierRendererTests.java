package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the typical dossier in both languages and looks at the PDF as a reader and as pdftoppm see it. */
class DossierRendererTests {

    static final DossierRenderer RENDERER = new DossierRenderer();

    @Test
    void anInternalDossierInEnglishHasEverySectionAndCyrillicText() throws Exception {
        byte[] pdf = RENDERER.pdf(Redaction.apply(RedactionProfile.INTERNAL, DossierFixtures.typical(RedactionProfile.INTERNAL, DossierLanguage.EN)));
        Files.createDirectories(Path.of("target/dossier"));
        Files.write(Path.of("target/dossier/internal-en.pdf"), pdf);
        String text = text(pdf);
        assertThat(text).contains("Identity as established without a passport", "Journey", "Military service", "Findings of the vetting",
                "Decision", DossierFixtures.APPLICANT, "K7QM-2XPD", DossierFixtures.EXPORT.toString(), "Oleg Analyst", "Vera Analyst",
                "No concerns", "9f86d081");
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
