package org.passage.journeys.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.journeys.Whereabouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stage and location history tables: seals reasons and cities on the way in, decides nothing about access. */
@Repository
class JourneyLog {

    static final String STAGES = "journey_stage_changes";
    static final String LOCATIONS = "journey_locations";
    private final JdbcClient jdbc;
    private final Sealing sealing;

    JourneyLog(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void add(UUID organizationId, StageEntry e) {
        jdbc.sql("""
                insert into journey_stage_changes (id, case_id, organization_id, from_stage, to_stage, effective_on,
                                                   correction, reason, recorded_at, recorded_by)
                values (:id, :case, :org, :from, :to, :on, :correction, :reason, :at, :by)""")
                .param("id", e.id()).param("case", e.caseId().value()).param("org", organizationId)
                .param("from", e.from() == null ? null : e.from().name()).param("to", e.to().name())
                .param("on", Date.valueOf(e.effective())).param("correction", e.correction())
                .param("reason", seal(organizationId, e.caseId(), STAGES, "reason", e.id(), e.reason()))
                .param("at", Timestamp.from(e.recordedAt())).param("by", e.recordedBy())
                .update();
    }

    void add(UUID organizationId, LocationEntry e) {
        jdbc.sql("""
                insert into journey_locations (id, case_id, organization_id, country_code, city, since, recorded_at, recorded_by)
                values (:id, :case, :org, :country, :city, :since, :at, :by)""")
                .param("id", e.id()).param("case", e.caseId().value()).param("org", organizationId)
                .param("country", e.countryCode()).param("city", seal(organizationId, e.caseId(), LOCATIONS, "city", e.id(), e.city()))
                .param("since", Date.valueOf(e.since())).param("at", Timestamp.from(e.recordedAt())).param("by", e.recordedBy())
                .update();
    }

    /** Stage changes of a case, newest first (by effective day, then by when recorded). */
    List<StageEntry> stages(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select * from journey_stage_changes where case_id = :case and organization_id = :org
                order by effective_on desc, recorded_at desc""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> stage(organizationId, rs)).list();
    }

    /** Places of a case, newest first. */
    List<LocationEntry> locations(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select * from journey_locations where case_id = :case and organization_id = :org
                order by since desc, recorded_at desc""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> location(organizationId, rs)).list();
    }

    Optional<Whereabouts> whereabouts(CaseId caseId) {
        return whereabouts(List.of(caseId)).values().stream().findFirst();
    }

    /** The latest place of each case, in one query, without opening any city. */
    Map<CaseId, Whereabouts> whereabouts(Collection<CaseId> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = caseIds.stream().map(CaseId::value).distinct().toArray(UUID[]::new);
        return jdbc.sql("""
                select distinct on (case_id) case_id, country_code, since from journey_locations
                where case_id = any(:ids) order by case_id, since desc, recorded_at desc""")
                .param("ids", ids)
                .query((rs, n) -> new Whereabouts(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getDate(3).toLocalDate()))
                .list().stream().collect(Collectors.toMap(Whereabouts::caseId, w -> w));
    }

    private StageEntry stage(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String from = rs.getString("from_stage");
        return new StageEntry(id, new CaseId(rs.getObject("case_id", UUID.class)), from == null ? null : Stage.valueOf(from),
                Stage.valueOf(rs.getString("to_stage")), rs.getDate("effective_on").toLocalDate(), rs.getBoolean("correction"),
                open(org, STAGES, "reason", id, rs.getBytes("reason")), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_by", UUID.class));
    }

    private LocationEntry location(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new LocationEntry(id, new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("country_code"),
                open(org, LOCATIONS, "city", id, rs.getBytes("city")), rs.getDate("since").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class));
    }

    private byte[] seal(UUID org, CaseId caseId, String table, String column, UUID row, @Nullable String value) {
        return sealing.seal(org, value == null ? "" : value, AssociatedData.ofCase(caseId.value(), table, column, row)).ciphertext();
    }

    private String open(UUID org, String table, String column, UUID row, byte[] sealed) {
        return sealing.open(org, new SealedText(sealed), new AssociatedData(table, column, row));
    }

    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn journeyStageReason() {
            return SealedColumn.ofCase(STAGES, "reason", "case_id");
        }

        @Bean
        SealedColumn journeyLocationCity() {
            return SealedColumn.ofCase(LOCATIONS, "city", "case_id");
        }
    }
}
