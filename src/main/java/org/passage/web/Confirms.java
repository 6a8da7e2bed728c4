package org.passage.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a staff page's handler that changes data: once it succeeded (a redirect or a page below 400), the next page
 * says "Saved — " and what was saved, {@link #value()} being the message key of that "what" (e.g.
 * {@code saved.task.added}). Every POST handler of the staff pages carries it; a test walks them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Confirms {

    /** The message key of what was saved, shown after "Saved — ". */
    String value();
}
