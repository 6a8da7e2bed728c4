package org.passage.security.internal;

import java.nio.charset.StandardCharsets;
import org.passage.crypto.SessionSealing;
import org.passage.crypto.UnsealingFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;

/**
 * Staff sessions in PostgreSQL (Spring Session JDBC), so that any node of an installation serves any logged-in
 * staff member and a node that dies logs nobody out. Every attribute is serialized and then sealed
 * ({@link SessionSealing}): the rows show nothing of a login, and a row altered in the database fails to open
 * instead of being deserialized. No user name is written beside the session: sessions are ended through the
 * session epoch ({@link SessionEpochFilter}), never looked up by name. The table holds a hash of each browser's
 * session secret, never the secret ({@link HashedSessionIds}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    private static final byte[] CONTEXT = "spring_session_attributes".getBytes(StandardCharsets.UTF_8);

    @Bean
    @Qualifier("springSessionConversionService")
    ConversionService springSessionConversionService(SessionSealing sealing) {
        var serializing = new SerializingConverter();
        var deserializing = new DeserializingConverter(SessionStore.class.getClassLoader());
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, value -> sealing.seal(serializing.convert(value), CONTEXT));
        conversions.addConverter(byte[].class, Object.class, sealed -> {
            try {
                return deserializing.convert(sealing.open(sealed, CONTEXT));
            } catch (UnsealingFailed e) {
                // altered in the database, or sealed under a replaced key: the attribute is gone, never deserialized
                log.warn("a session attribute did not open and was dropped: {}", e.getMessage());
                return null;
            }
        });
        return conversions;
    }

    /**
     * The session cookie as {@code server.servlet.session.cookie.*} describes it (Spring Session writes its own
     * cookie and would otherwise name it SESSION, without HttpOnly, Secure or SameSite).
     */
    @Bean
    CookieSerializer sessionCookie(org.springframework.beans.factory.ObjectProvider<ServerProperties> servers) {
        // a command without a web server (data update, lists import …) has no ServerProperties: the defaults below
        var settings = servers.getIfAvailable(ServerProperties::new).getServlet().getSession().getCookie();
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(settings.getName() == null ? "PASSAGE_SESSION" : settings.getName());
        cookie.setUseHttpOnlyCookie(!Boolean.FALSE.equals(settings.getHttpOnly()));
        cookie.setUseSecureCookie(!Boolean.FALSE.equals(settings.getSecure()));
        cookie.setSameSite(settings.getSameSite() == null ? "Strict" : settings.getSameSite().attributeValue());
        cookie.setCookiePath("/");
        // the value is already a URL-safe random secret (HashedSessionIds)
        cookie.setUseBase64Encoding(false);
        return cookie;
    }

    @Bean
    HashedSessionIds hashedSessionIds(CookieSerializer sessionCookie) {
        return new HashedSessionIds(sessionCookie);
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> hashedIdsAndNoNameBesideTheSession(HashedSessionIds ids) {
        IndexResolver<Session> none = session -> java.util.Map.of();
        return repository -> {
            repository.setIndexResolver(none);
            repository.setSessionIdGenerator(ids);
        };
    }
}
