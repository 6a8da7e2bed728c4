package org.passage.units.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Unit names in the order a reader looks for them: numbers by their value (2nd, 10th, 100th, 1008th), letters as
 * a dictionary orders them, Cyrillic beside Latin. The database ordered the names as text, so the list read 10th,
 * 100th, 1008th, 102nd ... and an analyst scrolling to the 2nd Army found it after the 1,195th regiment. ICU's
 * collation with numeric ordering (Unicode Collation Algorithm, CLDR root order) does it, not a hand-written split.
 */
final class UnitOrder {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        var collator = (com.ibm.icu.text.RuleBasedCollator) Collator.getInstance(ULocale.ROOT);
        collator.setNumericCollation(true);
        return collator;
    });

    /** By name, numbers by value; equal names stay in the order they came. */
    static final Comparator<String> NAMES = (a, b) -> COLLATOR.get().compare(a, b);

    private UnitOrder() {
    }
}
