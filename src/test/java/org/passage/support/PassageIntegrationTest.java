package org.passage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on PostgreSQL with the {@code test} profile and a {@code MockMvc}: each Spring context
 * gets a database of its own (created fresh, dropped when the context closes). Classes that say nothing more
 * share one context; {@link #properties()} makes another (and is how a class asks for a context of its own).
 * For a real port, see {@link PassageWebTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(SessionCookies.class)
@ActiveProfiles("test")
public @interface PassageIntegrationTest {

    /** Properties of this context, e.g. {@code passage.checkins.sweep-every=PT24H}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
