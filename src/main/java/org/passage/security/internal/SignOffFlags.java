package org.passage.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passage.security.SignOffIndependence.Flag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flagged second sign-offs (the sign_off_flags table), for the organization's admins; ids and flag names only. */
@Repository
class SignOffFlags {

    /** One flagged sign-off as the admins' page lists it. */
    record Flagged(String recordType, UUID recordId, UUID firstSigner, UUID secondSigner, Set<Flag> flags, Instant at) {
    }

    private final JdbcClient jdbc;

    SignOffFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID organizationId, String recordType, UUID recordId, UUID firstSigner, UUID secondSigner, Set<Flag> flags, Instant at) {
        jdbc.sql("""
                insert into sign_off_flags (id, organization_id, record_type, record_id, first_signer, second_signer, flags, flagged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), organizationId, recordType, recordId, firstSigner, secondSigner,
                        flags.stream().sorted().map(Flag::name).toArray(String[]::new), Timestamp.from(at))
                .update();
    }

    /** The organization's latest flagged sign-offs, newest first. */
    List<Flagged> latest(UUID organizationId, int limit) {
        return jdbc.sql("select * from sign_off_flags where organization_id = ? order by flagged_at desc limit ?")
                .params(organizationId, limit).query((rs, n) -> {
                    Set<Flag> flags = EnumSet.noneOf(Flag.class);
                    Arrays.stream((String[]) rs.getArray("flags").getArray()).map(Flag::valueOf).forEach(flags::add);
                    return new Flagged(rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                            rs.getObject("first_signer", UUID.class), rs.getObject("second_signer", UUID.class), flags,
                            rs.getTimestamp("flagged_at").toInstant());
                }).list();
    }
}
