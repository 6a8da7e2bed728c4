package org.passage.cases.spi;

import java.util.List;
import java.util.Objects;
import org.passage.cases.CaseRef;

/**
 * What another feature says about a case in the header every case page carries (where he is now and that country's
 * risk, the last check-in, open alerts, confirmed screening hits, the vetting decision), so that cases need not know
 * those features. Declared as a bean; asked only with a ticket the page's own read was given, so it neither checks
 * nor audits again. Must be cheap: it runs on every case page.
 */
public interface CaseFact {

    /** Lower comes first in the header. */
    int order();

    /** The facts about this case, none when the feature has nothing to say. */
    List<Fact> facts(CaseRef ref);

    /**
     * One fact: an element id for tests and styling, message keys of its label and of its value with the value's
     * arguments (texts, nothing personal), and whether it needs attention now (shown in red).
     */
    record Fact(String id, String labelKey, String valueKey, List<String> arguments, boolean urgent) {
        public Fact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(labelKey, "labelKey");
            Objects.requireNonNull(valueKey, "valueKey");
            arguments = List.copyOf(arguments);
        }

        /** The arguments as the message lookup takes them. */
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
