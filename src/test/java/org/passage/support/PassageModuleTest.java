package org.passage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Modulith module test: only the test's module and the modules it depends on, plus {@code database}
 * (which nobody references, it only provides the DataSource), on a fresh PostgreSQL database of its own, with
 * the {@code test} profile and a {@code MockMvc}. Test methods may take a Modulith {@code Scenario}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@AutoConfigureMockMvc
@Import(SessionCookies.class)
@ActiveProfiles("test")
public @interface PassageModuleTest {
}
