package org.passage.screening;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case's screening alerts as "entity id:kind", sorted, the entity ids opened from their sealed column. */
public final class AlertRows {

    private AlertRows() {
    }

    public static List<String> of(JdbcClient jdbc, Sealing sealing, String caseId, String list, @Nullable Integer version) {
        var query = jdbc.sql("select id, organization_id, entity, kind from screening_alert where case_id = cast(? as uuid) and list = ?"
                + (version == null ? "" : " and list_version = ?"));
        return (version == null ? query.params(caseId, list) : query.params(caseId, list, version))
                .query((rs, n) -> sealing.open(rs.getObject(2, UUID.class), new SealedText(rs.getBytes(3)),
                        new AssociatedData("screening_alert", "entity", rs.getObject(1, UUID.class))) + ":" + rs.getString(4))
                .list().stream().sorted().toList();
    }
}
