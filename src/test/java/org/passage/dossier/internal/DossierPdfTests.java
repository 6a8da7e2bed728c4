package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rendered PDFs as their readers see them: pdftoppm (poppler, as CI installs it) draws every page and none
 * is blank; the text is there in French and English; an AUTHORITY copy holds none of the hidden values in its
 * text, its metadata (Info and XMP) or any decoded stream or string; the file is PDF/A-3u with embedded fonts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPdfTests {

    static final List<String> HIDDEN = List.of(DossierFixtures.FAMILY_MEMBER, "Мария", DossierFixtures.FAMILY_TOWN, DossierFixtures.HIDING_CITY, DossierFixtures.WITNESS,
            DossierFixtures.WITNESS_LATIN, DossierFixtures.TELEGRAM, "ivan_hides", DossierFixtures.STAGE_NOTE, DossierFixtures.ABROAD_CITY,
            "+7 900 123-45-67");

    final DossierRenderer renderer = new DossierRenderer();
    byte[] authorityFr;
    byte[] internalEn;

    @BeforeAll
    void render() throws IOException {
        authorityFr = renderer.pdf(Redaction.apply(RedactionProfile.AUTHORITY, DossierFixtures.typical(RedactionProfile.AUTHORITY, DossierLanguage.FR)));
        internalEn = renderer.pdf(Redaction.apply(RedactionProfile.INTERNAL, DossierFixtures.typical(RedactionProfile.INTERNAL, DossierLanguage.EN)));
        Files.createDirectories(Path.of("target/dossier"));
        Files.write(Path.of("target/dossier/authority-fr.pdf"), authorityFr);
        Files.write(Path.of("target/dossier/internal-en.pdf"), internalEn);
    }

    @Test
    void pdftoppmDrawsEveryPageAndNoneIsBlank() throws Exception {
        Path out = Files.createTempDirectory(Path.of("target"), "dossier-png");
        Path pdf = out.resolve("authority-fr.pdf");
        Files.write(pdf, authorityFr);
        Process p = new ProcessBuilder("pdftoppm", "-r", "40", "-png", pdf.toString(), out.resolve("page").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pdftoppm: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        List<Path> pages;
        try (var files = Files.list(out)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        try (PDDocument document = Loader.loadPDF(authorityFr)) {
            assertThat(pages).hasSize(document.getNumberOfPages());
        }
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        for (Path page : pages) {
            assertThat(inkedShare(ImageIO.read(page.toFile()))).as(page.getFileName() + " has ink").isGreaterThan(0.005);
        }
    }

    @Test
    void bothLanguagesCarryEverySectionTheCoverAndTheFooterOnEveryPage() throws IOException {
        String fr = text(authorityFr);
        assertThat(fr).contains("Identité établie sans passeport", "Parcours", "Service militaire", "Constats de la vérification", "Décision",
                "Autorité (consulat)", "Consulat général de France à Almaty", DossierFixtures.EXPORT.toString(), DossierFixtures.APPLICANT,
                "[source non communiquée]", "9f86d081 884c7d65", "Aucune réserve", "Oleg Analyst", "Vera Analyst", "Caché en Russie");
        String en = text(internalEn);
        assertThat(en).contains("Identity as established without a passport", "Journey", "Military service", "Findings of the vetting",
                "Internal (complete file)", "Military ID АБ 1234567");
        try (PDDocument document = Loader.loadPDF(authorityFr)) {
            int n = document.getNumberOfPages();
            for (int i = 1; i <= n; i++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                // the page number and count are laid out as separate boxes: compare without spaces and slashes
                assertThat(stripper.getText(document).replaceAll("[\\s\u00a0/]+", ""))
                        .contains(("Exporté par Anna Coordinator pour Consulat général de France à Almaty le 2026-11-22 — export "
                                + DossierFixtures.EXPORT + " —").replaceAll("\\s+", ""))
                        .contains("page" + i + n);
            }
        }
    }

    @Test
    void aConfirmationPassageFlaggedIsNotStatedAsTwoDifferentAnalysts() throws IOException {
        assertThat(text(internalEn)).contains("confirmed by a second, different analyst").doesNotContain("could not rule out");
        String en = text(renderer.pdf(Redaction.apply(RedactionProfile.AUTHORITY,
                flaggedIn(DossierLanguage.EN, List.of("SAME_ADDRESS", "SHARED_DEVICE")))));
        assertThat(en).contains("Passage could not rule out that one person signed both times",
                        "network address the proposer had used", "logged in with the same browser")
                .doesNotContain("second, different analyst");
        String fr = text(renderer.pdf(Redaction.apply(RedactionProfile.AUTHORITY, flaggedIn(DossierLanguage.FR, List.of("SAME_ADDRESS")))));
        assertThat(fr).contains("Passage n’a pas pu exclure", "adresse réseau").doesNotContain("même navigateur", "distinct du premier");
    }

    private static Dossier flaggedIn(DossierLanguage language, List<String> flags) {
        Dossier typical = DossierFixtures.typical(RedactionProfile.AUTHORITY, language);
        Dossier.Decision d = typical.decision();
        return new Dossier(typical.cover(), typical.identity(), typical.stages(), typical.stays(), typical.service(), typical.mapSvg(),
                typical.mapDate(), typical.findings(), new Dossier.Decision(d.outcome(), d.rationale(), d.proposedBy(), d.proposedAt(),
                d.confirmedBy(), d.confirmedAt(), flags));
    }

    @Test
    void theInternalFileHoldsWhatTheAuthorityCopyHides() throws IOException {
        assertThat(text(internalEn)).contains(DossierFixtures.FAMILY_MEMBER, DossierFixtures.HIDING_CITY, DossierFixtures.WITNESS,
                DossierFixtures.TELEGRAM, DossierFixtures.STAGE_NOTE);
    }

    @Test
    void anAuthorityCopyHoldsNoHiddenValueInTextMetadataOrAnyStream() throws IOException {
        String text = text(authorityFr);
        try (PDDocument document = Loader.loadPDF(authorityFr)) {
            var info = document.getDocumentInformation();
            String metadata = String.join("\n", String.valueOf(info.getTitle()), String.valueOf(info.getAuthor()),
                    String.valueOf(info.getSubject()), String.valueOf(info.getKeywords()), String.valueOf(info.getCreator()));
            assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata (PDF/A)").isNotNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "K7QM-2XPD");
            String raw = everyDecodedStreamAndString(document);
            for (String hidden : HIDDEN) {
                assertThat(text).as("text").doesNotContain(hidden);
                assertThat(metadata).as("Info").doesNotContain(hidden);
                assertThat(xmp).as("XMP").doesNotContain(hidden);
                assertThat(raw).as("decoded streams and strings").doesNotContain(hidden);
                assertThat(new String(authorityFr, StandardCharsets.ISO_8859_1)).as("file bytes").doesNotContain(hidden);
            }
            // the check can see: the export id is in the XMP and the Info, the applicant in decoded text
            assertThat(raw).contains(DossierFixtures.EXPORT.toString());
        }
    }

    @Test
    void theFileIsPdfA3uWithEveryFontEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(authorityFr)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
                }
            }
        }
    }

    /** Every stream decoded and every string of the file, as UTF-8, UTF-16BE and Latin-1 text. */
    static String everyDecodedStreamAndString(PDDocument document) throws IOException {
        var all = new StringBuilder();
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
            collect(object.getObject(), all, 0);
        }
        return all.toString();
    }

    private static void collect(COSBase base, StringBuilder all, int depth) throws IOException {
        if (depth > 8 || base == null) {
            return;
        }
        if (base instanceof COSStream stream) {
            byte[] decoded;
            try (InputStream in = stream.createInputStream()) {
                decoded = in.readAllBytes();
            } catch (IOException e) {
                try (InputStream in = stream.createRawInputStream()) {
                    decoded = in.readAllBytes();
                }
            }
            all.append(new String(decoded, StandardCharsets.UTF_8)).append(new String(decoded, StandardCharsets.UTF_16BE))
                    .append(new String(decoded, StandardCharsets.ISO_8859_1));
        }
        if (base instanceof COSDictionary dictionary) {
            for (COSBase value : new ArrayList<>(dictionary.getValues())) {
                if (!(value instanceof COSObject)) {
                    collect(value, all, depth + 1);
                }
            }
        } else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
            for (COSBase value : array) {
                if (!(value instanceof COSObject)) {
                    collect(value, all, depth + 1);
                }
            }
        } else if (base instanceof COSString string) {
            all.append(string.getString()).append('\n');
        }
    }

    static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static byte[] bytes(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
