package org.passage.journeys.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.CountryRisk.Assessment;
import org.passage.journeys.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organization's country risk register (public knowledge, plaintext); decides nothing about who edits it. */
@Repository
class RiskRegister {

    private final JdbcClient jdbc;

    RiskRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CountryRisk> find(UUID organizationId, String countryCode) {
        return jdbc.sql("select * from country_risks where organization_id = :org and country_code = :code")
                .param("org", organizationId).param("code", countryCode).query((rs, n) -> map(rs)).optional();
    }

    List<CountryRisk> all(UUID organizationId) {
        return jdbc.sql("select * from country_risks where organization_id = :org order by country_code")
                .param("org", organizationId).query((rs, n) -> map(rs)).list();
    }

    void save(UUID organizationId, CountryRisk risk, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                insert into country_risks (organization_id, country_code, extradition_level, extradition_text,
                    kidnapping_level, kidnapping_text, deportation_level, deportation_text, sources, assessed_on,
                    updated_at, updated_by)
                values (:org, :code, :el, :et, :kl, :kt, :dl, :dt, :sources, :on, :at, :by)
                on conflict (organization_id, country_code) do update set
                    extradition_level = excluded.extradition_level, extradition_text = excluded.extradition_text,
                    kidnapping_level = excluded.kidnapping_level, kidnapping_text = excluded.kidnapping_text,
                    deportation_level = excluded.deportation_level, deportation_text = excluded.deportation_text,
                    sources = excluded.sources, assessed_on = excluded.assessed_on,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("org", organizationId).param("code", risk.countryCode())
                .param("el", risk.extradition().level().name()).param("et", risk.extradition().text())
                .param("kl", risk.kidnapping().level().name()).param("kt", risk.kidnapping().text())
                .param("dl", risk.deportation().level().name()).param("dt", risk.deportation().text())
                .param("sources", risk.sources()).param("on", Date.valueOf(risk.assessedOn()))
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    private static CountryRisk map(ResultSet rs) throws SQLException {
        return new CountryRisk(rs.getString("country_code"),
                new Assessment(RiskLevel.valueOf(rs.getString("extradition_level")), rs.getString("extradition_text")),
                new Assessment(RiskLevel.valueOf(rs.getString("kidnapping_level")), rs.getString("kidnapping_text")),
                new Assessment(RiskLevel.valueOf(rs.getString("deportation_level")), rs.getString("deportation_text")),
                rs.getString("sources"), rs.getDate("assessed_on").toLocalDate());
    }
}
