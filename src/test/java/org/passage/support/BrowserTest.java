package org.passage.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passage.support.BrowserTest;

/**
 * A test class that drives headless Chromium: every {@code WebDriver} field (and {@code WebDriver} test parameter)
 * gets a Chromium of its own, started once for the class with the project's flags ({@link Browsers#chromium}),
 * emptied of cookies before each test and quit after the class. When a test fails, each browser's screenshot
 * and page source are kept in {@code target/browser-failures/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

    /** {@code false} for pages that must work with JavaScript switched off. */
    boolean javascript() default true;
}
