package org.passage.security.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The browsers (hashed device marks) each account completed a login in, and the network addresses (keyed hashes) it
 * logged in or signed off from in the last {@link #KEEP_ADDRESSES}. Nothing here opens without the installation's key.
 */
@Repository
class StaffDevices {

    static final Duration KEEP_ADDRESSES = Duration.ofDays(30);

    private final JdbcClient jdbc;

    StaffDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deviceUsed(UUID staffId, byte[] deviceHash, Instant at) {
        jdbc.sql("""
                insert into staff_devices (staff_id, device_hash, first_seen, last_seen) values (?, ?, ?, ?)
                on conflict (staff_id, device_hash) do update set last_seen = excluded.last_seen""")
                .params(staffId, deviceHash, Timestamp.from(at), Timestamp.from(at)).update();
    }

    void addressUsed(UUID staffId, byte[] addressIndex, Instant at) {
        // everyone's, not only this account's: an account that stops logging in keeps no address either
        jdbc.sql("delete from staff_addresses where seen_at < ?").param(Timestamp.from(at.minus(KEEP_ADDRESSES))).update();
        jdbc.sql("insert into staff_addresses (staff_id, address_index, seen_at) values (?, ?, ?)")
                .params(staffId, addressIndex, Timestamp.from(at)).update();
    }

    boolean usedDevice(UUID staffId, byte[] deviceHash) {
        return jdbc.sql("select count(*) from staff_devices where staff_id = ? and device_hash = ?").params(staffId, deviceHash)
                .query(Long.class).single() > 0;
    }

    boolean usedAddressSince(UUID staffId, byte[] addressIndex, Instant since) {
        return jdbc.sql("select count(*) from staff_addresses where staff_id = ? and address_index = ? and seen_at >= ?")
                .params(staffId, addressIndex, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    boolean shareADevice(UUID one, UUID other) {
        return jdbc.sql("""
                select count(*) from staff_devices a join staff_devices b on a.device_hash = b.device_hash
                where a.staff_id = ? and b.staff_id = ?""").params(one, other).query(Long.class).single() > 0;
    }

    /** The other accounts that completed a login in a browser this account logged in with. */
    List<UUID> sharingADeviceWith(UUID staffId) {
        return jdbc.sql("""
                select distinct b.staff_id from staff_devices a join staff_devices b on a.device_hash = b.device_hash
                where a.staff_id = ? and b.staff_id <> a.staff_id""").param(staffId).query(UUID.class).list();
    }
}
