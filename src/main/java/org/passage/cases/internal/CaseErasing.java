package org.passage.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseErased;
import org.passage.cases.CaseErasure;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseErasure} over the cases table: plaintext columns only, nothing is opened. */
@Component
class CaseErasing implements CaseErasure {

    private static final String COLUMNS = "id, organization_id, code, stage, updated_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseErasing(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RestingCase> resting(Stage stage, Instant changedBefore) {
        return jdbc.sql("select " + COLUMNS + " from cases where erased_at is null and stage = ? and updated_at < ? order by updated_at, id")
                .params(stage.name(), Timestamp.from(changedBefore)).query((rs, n) -> new RestingCase(new CaseId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class), rs.getString(3), Stage.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RestingCase> find(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from cases where erased_at is null and id = ?").param(id.value())
                .query((rs, n) -> new RestingCase(id, rs.getObject(2, UUID.class), rs.getString(3), Stage.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant())).optional();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markErased(CaseId id) {
        Optional<UUID> organization = jdbc.sql("select organization_id from cases where id = ? and erased_at is null for update")
                .param(id.value()).query(UUID.class).optional();
        if (organization.isEmpty()) {
            return false;
        }
        jdbc.sql("update cases set erased_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(clock.instant()), id.value()).update();
        events.publishEvent(new CaseErased(id, organization.get()));
        return true;
    }
}
