package org.passage.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli command that runs inside the Spring application: its {@code @Autowired} fields are
 * injected before it runs. With {@code web = true} the web server is started too and keeps running after
 * the command returns.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApplicationCommand {
    boolean web() default false;
}
