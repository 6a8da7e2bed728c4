package org.passage.telegram.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.organizations.Organizations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which chat belongs to which case or staff member. A chat id is personal (it identifies the person's Telegram
 * account), so it is stored sealed, and found again by its blind index under the organization's key. An
 * incoming message does not say its organization, so the lookup computes the index under each one.
 */
@Repository
class ChatLinks {

    static final String PURPOSE = "telegram_chat";
    static final String CASE_TABLE = "telegram_case_chats";
    static final String STAFF_TABLE = "telegram_staff_chats";

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Organizations organizations;

    ChatLinks(JdbcClient jdbc, Sealing sealing, Organizations organizations) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.organizations = organizations;
    }

    record CaseChat(CaseId caseId, UUID organizationId) {
    }

    record StaffChat(UUID staffId, long chatId, boolean onCall) {
        @Override
        public String toString() {
            return "StaffChat[" + staffId + ", chat REDACTED, onCall=" + onCall + "]";
        }
    }

    record StaffLink(Instant linkedAt, boolean onCall) {
    }

    /** Connects the chat to the case; the chat's earlier case in that organization, if any, is let go. */
    void linkCase(UUID organizationId, CaseId caseId, long chatId, Instant now) {
        byte[] index = index(organizationId, chatId);
        jdbc.sql("delete from telegram_case_chats where organization_id = :org and chat_index = :index")
                .param("org", organizationId).param("index", index).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into telegram_case_chats (id, organization_id, case_id, chat_index, chat_id, linked_at)
                values (:id, :org, :case, :index, :chat, :now)""")
                .param("id", id).param("org", organizationId).param("case", caseId.value()).param("index", index)
                .param("chat", sealing.seal(organizationId, Long.toString(chatId), AssociatedData.ofCase(caseId.value(), CASE_TABLE, "chat_id", id)).ciphertext())
                .param("now", Timestamp.from(now)).update();
    }

    Optional<CaseChat> caseOf(long chatId) {
        for (var organization : organizations.all()) {
            var found = jdbc.sql("select case_id from telegram_case_chats where organization_id = :org and chat_index = :index")
                    .param("org", organization.id()).param("index", index(organization.id(), chatId))
                    .query(UUID.class).optional();
            if (found.isPresent()) {
                return Optional.of(new CaseChat(new CaseId(found.get()), organization.id()));
            }
        }
        return Optional.empty();
    }

    int chatsOfCase(CaseId caseId) {
        return jdbc.sql("select count(*) from telegram_case_chats where case_id = :case").param("case", caseId.value())
                .query(Integer.class).single();
    }

    int unlinkCase(CaseId caseId) {
        return jdbc.sql("delete from telegram_case_chats where case_id = :case").param("case", caseId.value()).update();
    }

    void linkStaff(UUID staffId, UUID organizationId, long chatId, Instant now) {
        jdbc.sql("delete from telegram_staff_chats where staff_id = :staff").param("staff", staffId).update();
        jdbc.sql("""
                insert into telegram_staff_chats (staff_id, organization_id, chat_index, chat_id, linked_at)
                values (:staff, :org, :index, :chat, :now)""")
                .param("staff", staffId).param("org", organizationId).param("index", index(organizationId, chatId))
                .param("chat", sealing.seal(organizationId, Long.toString(chatId), new AssociatedData(STAFF_TABLE, "chat_id", staffId)).ciphertext())
                .param("now", Timestamp.from(now)).update();
    }

    Optional<StaffLink> staffLink(UUID staffId) {
        return jdbc.sql("select linked_at, on_call from telegram_staff_chats where staff_id = :staff").param("staff", staffId)
                .query((rs, n) -> new StaffLink(rs.getTimestamp(1).toInstant(), rs.getBoolean(2))).optional();
    }

    void setOnCall(UUID staffId, boolean onCall) {
        jdbc.sql("update telegram_staff_chats set on_call = :on where staff_id = :staff").param("on", onCall).param("staff", staffId).update();
    }

    void unlinkStaff(UUID staffId) {
        jdbc.sql("delete from telegram_staff_chats where staff_id = :staff").param("staff", staffId).update();
    }

    /** The linked staff chats of an organization, opened: only for sending an alert. */
    List<StaffChat> staffChats(UUID organizationId) {
        return jdbc.sql("select staff_id, chat_id, on_call from telegram_staff_chats where organization_id = :org")
                .param("org", organizationId)
                .query((rs, n) -> {
                    UUID staff = rs.getObject(1, UUID.class);
                    String chat = sealing.open(organizationId, new SealedText(rs.getBytes(2)), new AssociatedData(STAFF_TABLE, "chat_id", staff));
                    return new StaffChat(staff, Long.parseLong(chat), rs.getBoolean(3));
                }).list();
    }

    private byte[] index(UUID organizationId, long chatId) {
        return sealing.blindIndex(organizationId, PURPOSE, Long.toString(chatId));
    }


    /** Declares the sealed columns so that key rotation re-encrypts them. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn telegramCaseChat() {
            return SealedColumn.ofCase(CASE_TABLE, "chat_id", "case_id");
        }

        @Bean
        SealedColumn telegramStaffChat() {
            return new SealedColumn(STAFF_TABLE, "chat_id", "staff_id", "organization_id");
        }
    }
}
