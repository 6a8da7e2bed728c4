package org.passage.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.evidence.CustodyEvent;
import org.passage.evidence.EvidenceInput;
import org.passage.evidence.EvidenceLocker;
import org.passage.evidence.InvalidEvidence;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The public {@link EvidenceLocker} as vetting and the dossier use it: capture, list, open, transfer, export,
 * verify and the custody log in that order; and what a tampered database looks like through it (a rewritten custody
 * row breaks the chain, a changed hash fails verification).
 */
@PassageIntegrationTest
class EvidenceLockerIntegrationTests {

    @Autowired
    EvidenceLocker locker;
    @Autowired
    SealedEvidenceLocker sealedLocker;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Sealing sealing;
    @Autowired
    CaseKeys caseKeys;
    @Autowired
    @Qualifier("startupSealing")
    ApplicationRunner startupSealing;

    private StaffMember caseworker;
    private StaffMember lawyer;
    private CaseId caseId;

    @BeforeEach
    void setUp() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Locker");
        caseworker = staff.member(org, Role.CASEWORKER);
        lawyer = staff.member(org, Role.LAWYER);
        caseId = cases.openForApplicant(org, "Хранилищев Олег").id();
        for (StaffMember m : new StaffMember[] {caseworker, lawyer}) {
            jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())")
                    .params(caseId.value(), m.id()).update();
        }
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyStepIsInTheCustodyLogInOrder() {
        byte[] bytes = "%PDF-1.4 invented record".getBytes(StandardCharsets.US_ASCII);
        actAs(caseworker);
        CaseRef caseworkers = cases.change(caseId, "evidence.capture");
        var item = locker.capture(caseworkers, input(bytes));
        assertThat(item.sha256()).isEqualTo(Original.sha256(bytes));
        assertThat(item.mediaType()).isEqualTo("application/pdf");
        assertThat(item.capturedBy()).isEqualTo(caseworker.id().toString());
        assertThat(locker.ofCase(caseworkers)).extracting(i -> i.id()).containsExactly(item.id());
        assertThat(locker.item(caseworkers, item.id())).contains(item);

        actAs(lawyer);
        CaseRef lawyers = cases.read(caseId, "evidence.open");
        assertThatThrownBy(() -> locker.capture(lawyers, input(bytes))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> locker.ofCase(caseworkers)).as("a ticket is honoured only for the staff member it was issued to")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(locker.open(lawyers, item.id(), "preparing the dossier").bytes()).isEqualTo(bytes);
        locker.recordExport(lawyers, item.id(), "Consulate (dossier)", "visa application");
        assertThat(locker.verify(lawyers, item.id()).matches()).isTrue();
        assertThatThrownBy(() -> locker.recordTransfer(lawyers, item.id(), " ", "x"))
                .isInstanceOfSatisfying(InvalidEvidence.class, e -> assertThat(e.field()).isEqualTo("recipient"));
        assertThatThrownBy(() -> locker.open(lawyers, UUID.randomUUID(), "x")).isInstanceOf(EvidenceLocker.NoSuchEvidence.class);

        assertThat(locker.custody(lawyers, item.id())).extracting(CustodyEvent::action).containsExactly(CustodyEvent.Action.CAPTURED,
                CustodyEvent.Action.OPENED, CustodyEvent.Action.EXPORTED, CustodyEvent.Action.VERIFIED);
        assertThat(locker.custody(lawyers, item.id()).get(2).detail()).isEqualTo("to Consulate (dossier): visa application");
        assertThat(sealedLocker.record(lawyers, item.id()).chainIntact()).isTrue();
    }

    @Test
    void aRewrittenCustodyRowBreaksTheChainAndAChangedHashFailsVerification() throws Exception {
        actAs(caseworker);
        byte[] bytes = "an invented statement".getBytes(StandardCharsets.UTF_8);
        CaseRef ticket = cases.change(caseId, "evidence.capture");
        var item = locker.capture(ticket, input(bytes));
        locker.open(ticket, item.id(), "first look");
        locker.open(ticket, item.id(), "second look");

        // what an attacker with superuser rights on the database could do: switch the triggers off and edit
        bypassingTriggers("update evidence_custody set actor = 'nobody' where evidence_id = '" + item.id() + "' and position = 1");
        assertThat(sealedLocker.record(ticket, item.id()).firstBrokenLink()).isEqualTo(1);

        bypassingTriggers("update evidence_items set sha256 = '" + "0".repeat(64) + "' where id = '" + item.id() + "'");
        var verification = locker.verify(ticket, item.id());
        assertThat(verification.matches()).isFalse();
        assertThat(verification.actualSha256()).isEqualTo(Original.sha256(bytes));
        assertThat(locker.custody(ticket, item.id()).getLast().detail()).startsWith("SHA-256 MISMATCH");
    }

    @Test
    void aCustodyDetailIsSealedUnderTheCaseKeyOneOfAnEarlierVersionIsResealedWithTheChainIntactAndErasureShredsBoth() throws Exception {
        actAs(caseworker);
        CaseRef ticket = cases.change(caseId, "evidence.capture");
        var item = locker.capture(ticket, input("an invented affidavit".getBytes(StandardCharsets.UTF_8)));
        locker.recordTransfer(ticket, item.id(), "Consulate Marker-4471", "visa file");
        locker.open(ticket, item.id(), "Lawyer Marker-4472 prepares the hearing");
        record Row(UUID id, int position, java.time.Instant at, String actor, String action, byte[] detail, byte[] previous) {
        }
        var rows = jdbc.sql("select id, position, occurred_at, actor, action, detail, previous_hash from evidence_custody where evidence_id = ? "
                        + "order by position").param(item.id())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), rs.getBytes(7))).list();
        assertThat(rows.get(1).detail()[0]).as("a new detail is sealed under the case's key").isEqualTo((byte) 0x43);

        // the last link as an earlier version wrote it: the detail under the organization's key, and the chain over that
        Row last = rows.getLast();
        UUID org = jdbc.sql("select organization_id from cases where id = ?").param(caseId.value()).query(UUID.class).single();
        byte[] legacy = sealing.seal(org, "Lawyer Marker-4472 prepares the hearing", new AssociatedData("evidence_custody", "detail", last.id()))
                .ciphertext();
        byte[] legacyHash = CustodyChain.hash(last.previous(), last.id(), item.id(), last.position(), last.at(), last.actor(),
                CustodyEvent.Action.valueOf(last.action()), legacy);
        bypassingTriggers("update evidence_custody set detail = decode('" + java.util.HexFormat.of().formatHex(legacy) + "', 'hex'), hash = decode('"
                + java.util.HexFormat.of().formatHex(legacyHash) + "', 'hex') where id = '" + last.id() + "'");
        assertThat(sealedLocker.record(ticket, item.id()).chainIntact()).isTrue();

        startupSealing.run(null);
        assertThat(jdbc.sql("select count(*) from evidence_custody where evidence_id = ? and detail is not null and get_byte(detail, 0) <> 67")
                .param(item.id()).query(Integer.class).single()).as("every detail under the case's key").isZero();
        assertThat(jdbc.sql("select detail_sha256 from evidence_custody where id = ?").param(last.id()).query(String.class).single())
                .isEqualTo(Original.sha256(legacy));
        assertThat(sealedLocker.record(ticket, item.id()).chainIntact()).as("the chain covers the detail as first written").isTrue();
        assertThat(locker.custody(ticket, item.id()).getLast().detail()).contains("Marker-4472");
        assertThatThrownBy(() -> jdbc.sql("update evidence_custody set actor = 'nobody' where id = ?").param(last.id()).update())
                .as("still append-only but for re-sealing").hasMessageContaining("append-only");

        byte[] resealed = jdbc.sql("select detail from evidence_custody where id = ?").param(last.id()).query(byte[].class).single();
        var transfer = new AssociatedData("evidence_custody", "detail", rows.get(1).id());
        assertThat(sealing.open(org, new SealedText(rows.get(1).detail()), transfer)).as("readable before the erasure").contains("Marker-4471");
        caseKeys.destroy(org, caseId.value());
        assertThatThrownBy(() -> sealing.open(org, new SealedText(rows.get(1).detail()), transfer))
                .as("an erased case's custody details open nowhere").isInstanceOf(UnsealingFailed.class);
        assertThatThrownBy(() -> sealing.open(org, new SealedText(resealed), new AssociatedData("evidence_custody", "detail", last.id())))
                .as("nor does one re-sealed from the organization's key").isInstanceOf(UnsealingFailed.class);
    }

    private void bypassingTriggers(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var statement = connection.createStatement();
            statement.execute("set session_replication_role = replica");
            try {
                statement.executeUpdate(sql);
            } finally {
                statement.execute("set session_replication_role = origin");
            }
        }
    }

    private static EvidenceInput input(byte[] bytes) {
        return new EvidenceInput(EvidenceInput.Kind.OFFICIAL_RECORD, "An invented record", null, bytes, "record.pdf", "application/pdf",
                Instant.parse("2026-02-01T12:00:00Z"), "", false);
    }

    private static void actAs(StaffMember member) {
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(), member.displayName(),
                member.roles(), 0);
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
    }
}
