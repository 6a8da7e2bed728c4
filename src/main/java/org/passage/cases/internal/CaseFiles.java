package org.passage.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases table: seals on the way in, opens on the way out, and decides nothing about who may see what. An erased
 * case (its key destroyed) is found by no query here: its row stays only for the statistics.
 */
@Repository
class CaseFiles {

    private static final String TABLE = "cases";
    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Clock clock;

    CaseFiles(JdbcClient jdbc, Sealing sealing, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
    }

    CaseFile open(UUID organizationId, Applicant applicant, Stage stage, @Nullable UUID openedBy) {
        var id = CaseId.random();
        var code = CaseCode.random();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into cases (id, organization_id, code, stage, applicant_name, applicant_latin_name,
                                   applicant_birth_date, opened_at, opened_by, updated_at)
                values (:id, :org, :code, :stage, :name, :latin, :birth, :now, :by, :now)""")
                .param("id", id.value()).param("org", organizationId).param("code", code.value())
                .param("stage", stage.name())
                .param("name", seal(organizationId, id, "applicant_name", applicant.name()))
                .param("latin", seal(organizationId, id, "applicant_latin_name", applicant.latinName()))
                .param("birth", seal(organizationId, id, "applicant_birth_date",
                        applicant.birthDate() == null ? "" : applicant.birthDate().toString()))
                .param("now", Timestamp.from(now)).param("by", openedBy)
                .update();
        return new CaseFile(id, organizationId, code, stage, applicant, now, Set.of());
    }

    /** The organization and assigned staff of a case: enough to decide access before anything is decrypted. */
    Optional<AccessFacts> accessFacts(CaseId id) {
        return jdbc.sql("select organization_id from cases where id = :id and erased_at is null").param("id", id.value())
                .query(UUID.class).optional()
                .map(org -> new AccessFacts(org, assigned(id)));
    }

    /** The stage and opening time of a case, without decrypting anything. */
    Optional<Map.Entry<Stage, Instant>> stageAndOpening(CaseId id) {
        return jdbc.sql("select stage, opened_at from cases where id = :id and erased_at is null").param("id", id.value())
                .query((rs, n) -> Map.entry(Stage.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant())).optional();
    }

    Optional<CaseFile> find(CaseId id) {
        return jdbc.sql("select * from cases where id = :id and erased_at is null").param("id", id.value())
                .query((rs, n) -> map(rs, assigned(id))).optional();
    }

    /** Cases of one organization, newest first; {@code onlyAssignedTo} limits them to one staff member's. */
    List<CaseFile> list(UUID organizationId, @Nullable UUID onlyAssignedTo, int limit) {
        Map<UUID, Set<UUID>> assignments = jdbc.sql("""
                select a.case_id, a.staff_id from case_assignments a join cases c on c.id = a.case_id
                where c.organization_id = :org and c.erased_at is null""")
                .param("org", organizationId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("""
                select c.* from cases c
                where c.organization_id = :org and c.erased_at is null
                  and (cast(:staff as uuid) is null or exists
                        (select 1 from case_assignments a where a.case_id = c.id and a.staff_id = cast(:staff as uuid)))
                order by c.opened_at desc limit :limit""")
                .param("org", organizationId).param("staff", onlyAssignedTo).param("limit", limit)
                .query((rs, n) -> map(rs, assignments.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list();
    }

    /** The cases of {@code ids}, opened, in the order of {@code ids}. */
    List<CaseFile> findAll(List<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(CaseId::value).toArray(UUID[]::new);
        Map<UUID, Set<UUID>> assignments = jdbc.sql("select case_id, staff_id from case_assignments where case_id = any(:ids)")
                .param("ids", values)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        Map<CaseId, CaseFile> found = jdbc.sql("select * from cases where id = any(:ids) and erased_at is null").param("ids", values)
                .query((rs, n) -> map(rs, assignments.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list().stream()
                .collect(Collectors.toMap(CaseFile::id, f -> f));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * What changes when anything searchable of a case changes (its version, when it or the applicant's details were
     * last updated), for every case of the organization; nothing sealed is read.
     */
    Map<CaseId, String> fingerprints(UUID organizationId) {
        return jdbc.sql("""
                select c.id, c.version || '/' || c.updated_at || '/' || coalesce(d.updated_at::text, '') as fingerprint
                from cases c left join case_applicant_details d on d.case_id = c.id where c.organization_id = :org and c.erased_at is null""")
                .param("org", organizationId)
                .query((rs, n) -> Map.entry(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void assign(CaseId id, UUID staffId, @Nullable UUID by) {
        jdbc.sql("""
                insert into case_assignments (case_id, staff_id, assigned_at, assigned_by)
                values (:case, :staff, :now, :by) on conflict do nothing""")
                .param("case", id.value()).param("staff", staffId).param("now", Timestamp.from(clock.instant())).param("by", by)
                .update();
    }

    void unassign(CaseId id, UUID staffId) {
        jdbc.sql("delete from case_assignments where case_id = :case and staff_id = :staff")
                .param("case", id.value()).param("staff", staffId).update();
    }

    /** Replaces the applicant's names and birth date, sealed; the version moves so the search index picks it up. */
    void changeApplicant(UUID organizationId, CaseId id, Applicant applicant) {
        jdbc.sql("""
                update cases set applicant_name = :name, applicant_latin_name = :latin, applicant_birth_date = :birth,
                                 updated_at = :now, version = version + 1
                where id = :id and organization_id = :org""")
                .param("name", seal(organizationId, id, "applicant_name", applicant.name()))
                .param("latin", seal(organizationId, id, "applicant_latin_name", applicant.latinName()))
                .param("birth", seal(organizationId, id, "applicant_birth_date",
                        applicant.birthDate() == null ? "" : applicant.birthDate().toString()))
                .param("now", Timestamp.from(clock.instant())).param("id", id.value()).param("org", organizationId).update();
    }

    void changeStage(CaseId id, Stage stage) {
        jdbc.sql("update cases set stage = :stage, updated_at = :now, version = version + 1 where id = :id")
                .param("stage", stage.name()).param("now", Timestamp.from(clock.instant())).param("id", id.value()).update();
    }

    private Set<UUID> assigned(CaseId id) {
        return new HashSet<>(jdbc.sql("select staff_id from case_assignments where case_id = :id")
                .param("id", id.value()).query(UUID.class).list());
    }

    private CaseFile map(ResultSet rs, Set<UUID> assigned) throws SQLException {
        var id = new CaseId(rs.getObject("id", UUID.class));
        UUID org = rs.getObject("organization_id", UUID.class);
        String birth = open(org, id, "applicant_birth_date", rs.getBytes("applicant_birth_date"));
        var applicant = new Applicant(open(org, id, "applicant_name", rs.getBytes("applicant_name")),
                open(org, id, "applicant_latin_name", rs.getBytes("applicant_latin_name")),
                birth.isEmpty() ? null : LocalDate.parse(birth));
        return new CaseFile(id, org, new CaseCode(rs.getString("code")), Stage.valueOf(rs.getString("stage")), applicant,
                rs.getTimestamp("opened_at").toInstant(), assigned);
    }

    private byte[] seal(UUID org, CaseId id, String column, String value) {
        return sealing.seal(org, value, AssociatedData.ofCase(id.value(), TABLE, column, id.value())).ciphertext();
    }

    private String open(UUID org, CaseId id, String column, byte[] sealed) {
        return sealing.open(org, new SealedText(sealed), new AssociatedData(TABLE, column, id.value()));
    }

    record AccessFacts(UUID organizationId, Set<UUID> assignedStaff) {
    }

    /** What a ticket says of a case, read without decrypting anything. */
    record CaseFacts(CaseId id, UUID organizationId, String code, Stage stage, Instant openedAt, Set<UUID> assignedStaff) {
    }

    /**
     * The facts of the cases chosen by {@code where} (a condition on {@code c}, the cases table, with its parameters),
     * in {@code order}; nothing sealed is read.
     */
    List<CaseFacts> facts(String where, Map<String, ?> params, String order) {
        var query = jdbc.sql("""
                select c.id, c.organization_id, c.code, c.stage, c.opened_at,
                       coalesce(array_agg(a.staff_id) filter (where a.staff_id is not null), '{}') as staff
                from cases c left join case_assignments a on a.case_id = c.id
                where c.erased_at is null and (%s) group by c.id order by %s""".formatted(where, order));
        for (var p : params.entrySet()) {
            query = query.param(p.getKey(), p.getValue());
        }
        return query.query((rs, n) -> new CaseFacts(new CaseId(rs.getObject("id", UUID.class)),
                rs.getObject("organization_id", UUID.class), rs.getString("code"), Stage.valueOf(rs.getString("stage")),
                rs.getTimestamp("opened_at").toInstant(), Set.of((UUID[]) rs.getArray("staff").getArray()))).list();
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn casesApplicantName() {
            return SealedColumn.ofCase(TABLE, "applicant_name", "id");
        }

        @Bean
        SealedColumn casesApplicantLatinName() {
            return SealedColumn.ofCase(TABLE, "applicant_latin_name", "id");
        }

        @Bean
        SealedColumn casesApplicantBirthDate() {
            return SealedColumn.ofCase(TABLE, "applicant_birth_date", "id");
        }
    }
}
