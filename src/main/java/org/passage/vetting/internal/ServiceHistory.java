package org.passage.vetting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The service periods table: the claim sealed as one JSON value per row; decides nothing about access. */
@Repository
class ServiceHistory {

    static final String TABLE = "vetting_periods";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Sealing sealing;

    ServiceHistory(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void save(UUID organizationId, ServicePeriod p) {
        byte[] claim = sealing.seal(organizationId, JSON.writeValueAsString(p.claim()),
                AssociatedData.ofCase(p.caseId().value(), TABLE, "claim", p.id())).ciphertext();
        jdbc.sql("""
                insert into vetting_periods (id, case_id, organization_id, claim, unit_id, earliest, latest, source_kind, recorded_at, recorded_by)
                values (:id, :case, :org, :claim, :unit, :earliest, :latest, :kind, :at, :by)
                on conflict (id) do update set claim = excluded.claim, unit_id = excluded.unit_id, earliest = excluded.earliest,
                    latest = excluded.latest, source_kind = excluded.source_kind, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by""")
                .param("id", p.id()).param("case", p.caseId().value()).param("org", organizationId).param("claim", claim)
                .param("unit", p.unitId()).param("earliest", Date.valueOf(p.dates().earliest()))
                .param("latest", Date.valueOf(p.dates().latest())).param("kind", p.sourceKind().name())
                .param("at", Timestamp.from(p.recordedAt())).param("by", p.recordedBy()).update();
    }

    boolean delete(UUID organizationId, CaseId caseId, UUID periodId) {
        return jdbc.sql("delete from vetting_periods where id = :id and case_id = :case and organization_id = :org")
                .param("id", periodId).param("case", caseId.value()).param("org", organizationId).update() == 1;
    }

    /** The periods of a case, earliest first. */
    List<ServicePeriod> of(UUID organizationId, CaseId caseId) {
        return jdbc.sql("select * from vetting_periods where case_id = :case and organization_id = :org order by earliest, recorded_at")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> period(organizationId, rs)).list();
    }

    Optional<ServicePeriod> find(UUID organizationId, CaseId caseId, UUID periodId) {
        return of(organizationId, caseId).stream().filter(p -> p.id().equals(periodId)).findFirst();
    }

    private ServicePeriod period(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ServiceClaim claim = JSON.readValue(sealing.open(org, new SealedText(rs.getBytes("claim")), where(id)), ServiceClaim.class);
        var dates = new ClaimedDates(claim.fromText(), claim.toText(), rs.getDate("earliest").toLocalDate(), rs.getDate("latest").toLocalDate());
        return new ServicePeriod(id, new CaseId(rs.getObject("case_id", UUID.class)), claim, rs.getObject("unit_id", UUID.class),
                dates, SourceKind.valueOf(rs.getString("source_kind")), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("recorded_by", UUID.class));
    }

    private static AssociatedData where(UUID id) {
        return new AssociatedData(TABLE, "claim", id);
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn vettingPeriodClaim() {
            return SealedColumn.ofCase(TABLE, "claim", "case_id");
        }
    }
}
