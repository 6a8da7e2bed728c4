package org.passage.web;

import com.ibm.icu.text.NumberFormat;
import java.util.Locale;

/**
 * A number Passage wrote (a distance, a score, a coordinate, stored with a point) as the reader writes it: his decimal
 * sign (2,0 km on a Russian or French page), a fixed number of decimals, no grouping (a coordinate is no amount).
 */
public final class ReaderNumbers {

    private ReaderNumbers() {
    }

    /** {@code value} (as Passage stored it, "2.04") with {@code decimals} decimals in the reader's writing. */
    public static String decimal(String value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format.format(Double.parseDouble(value));
    }
}
