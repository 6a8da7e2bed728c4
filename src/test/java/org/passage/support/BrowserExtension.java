package org.passage.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.passage.support.BrowserTest;

/** The Chromium harness behind {@link BrowserTest}: one browser per field or parameter name, per test class. */
final class BrowserExtension implements BeforeEachCallback, ParameterResolver, AfterTestExecutionCallback {

    static final Path FAILURES = Path.of("target", "browser-failures");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Chromiums browsers = browsers(context);
        browsers.clearCookies();
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : ReflectionSupport.findFields(instance.getClass(), BrowserExtension::isBrowser,
                    HierarchyTraversalMode.TOP_DOWN)) {
                field.setAccessible(true);
                field.set(instance, browsers.named(field.getName()));
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browsers(context).named(parameter.getParameter().getName());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        browsers(context).keepFailure(test);
    }

    private static boolean isBrowser(Field field) {
        return field.getType() == WebDriver.class && !Modifier.isStatic(field.getModifiers());
    }

    /** The browsers of the test class (its store outlives each test method and closes them after the class). */
    private static Chromiums browsers(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        boolean javascript = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
                .map(BrowserTest::javascript).orElse(true);
        return classContext.getStore(NAMESPACE).computeIfAbsent(Chromiums.class, key -> new Chromiums(javascript), Chromiums.class);
    }

    private static final class Chromiums implements AutoCloseable {

        private final boolean javascript;
        private final Map<String, WebDriver> byName = new LinkedHashMap<>();

        Chromiums(boolean javascript) {
            this.javascript = javascript;
        }

        synchronized WebDriver named(String name) {
            return byName.computeIfAbsent(name, n -> Browsers.chromium(javascript));
        }

        /** A test starts logged out, whatever the test before it did in the same browser. */
        synchronized void clearCookies() {
            for (WebDriver browser : byName.values()) {
                ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
                browser.get("about:blank");
            }
        }

        synchronized void keepFailure(String test) {
            for (var entry : byName.entrySet()) {
                String file = byName.size() == 1 ? test : test + "-" + entry.getKey();
                try {
                    Files.createDirectories(FAILURES);
                    Files.write(FAILURES.resolve(file + ".png"), ((TakesScreenshot) entry.getValue()).getScreenshotAs(OutputType.BYTES));
                    Files.writeString(FAILURES.resolve(file + ".html"), "<!-- " + entry.getValue().getCurrentUrl() + " -->\n"
                            + entry.getValue().getPageSource(), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    System.err.println("No screenshot of " + file + ": " + e);
                }
            }
        }

        @Override
        public synchronized void close() {
            byName.values().forEach(WebDriver::quit);
            byName.clear();
        }
    }
}
