package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Upload, storage and download of case documents: metadata gone, bytes sealed, limits named, need to know. */
@PassageIntegrationTest
class DocumentIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember caseworker;
    private StaffMember stranger;
    private String id;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Documents");
        caseworker = staff.member(organization, Role.CASEWORKER);
        stranger = staff.member(organization, Role.CASEWORKER);
        id = ActingStaff.openCase(mvc, caseworker, "Документов Пётр", "");
    }

    @Test
    void aPhotoIsStoredSealedWithoutItsGpsAndComesBackClean() throws Exception {
        byte[] photo = ImageMetadataTests.jpegWithExif();
        mvc.perform(multipart("/cases/" + id + "/documents").file(new MockMultipartFile("file", "военный билет.jpg", "image/jpeg", photo))
                        .with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection());

        byte[] stored = jdbc.sql("select content from case_documents where case_id = ?::uuid").param(id).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
        UUID document = jdbc.sql("select id from case_documents where case_id = ?::uuid").param(id).query(UUID.class).single();
        byte[] back = mvc.perform(get("/cases/" + id + "/documents/" + document).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(new String(back, StandardCharsets.ISO_8859_1)).doesNotContain("secret-camera");
        mvc.perform(get("/cases/" + id + "/documents").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("военный билет.jpg")));
        mvc.perform(get("/cases/" + id + "/documents/" + document).with(ActingStaff.as(stranger))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and action = 'case.document'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void wrongTypesEmptyAndOversizedFilesAreRefusedAndNothingIsStored() throws Exception {
        upload(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "MZ this is an executable".getBytes(StandardCharsets.US_ASCII)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Only JPEG, PNG and PDF")));
        upload(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose a file")));
        byte[] big = new byte[DocumentType.MAX_BYTES + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        upload(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("larger than 10 MB")));
        upload(new MockMultipartFile("file", "cut.jpg", "image/jpeg", java.util.Arrays.copyOf(ImageMetadataTests.jpegWithExif(), 12)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("damaged")));
        assertThat(jdbc.sql("select count(*) from case_documents where case_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void aPdfIsStoredWithoutItsMetadataAndAnEncryptedOneIsRefused() throws Exception {
        byte[] pdf = PdfMetadataTests.pdf(document -> document.getDocumentInformation().setAuthor("Petrov Ivan"));
        upload(new MockMultipartFile("file", "statement.pdf", "application/pdf", pdf)).andExpect(status().is3xxRedirection());
        byte[] stored = jdbc.sql("select content from case_documents where case_id = ?::uuid").param(id).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Petrov");
        UUID document = jdbc.sql("select id from case_documents where case_id = ?::uuid").param(id).query(UUID.class).single();
        byte[] back = mvc.perform(get("/cases/" + id + "/documents/" + document).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(back, StandardCharsets.ISO_8859_1)).startsWith("%PDF-").doesNotContain("Petrov");

        byte[] encrypted = PdfMetadataTests.pdf(d -> {
            try {
                d.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                        new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        upload(new MockMultipartFile("file", "locked.pdf", "application/pdf", encrypted))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This PDF is encrypted")));
        assertThat(jdbc.sql("select count(*) from case_documents where case_id = ?::uuid").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/cases/" + id + "/documents").file(file).with(csrf()).with(ActingStaff.as(caseworker)));
    }
}
