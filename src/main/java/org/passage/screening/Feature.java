package org.passage.screening;

/**
 * One reason in a hit's explanation: what was compared ({@code name.transliteration}, {@code birth_date.conflict},
 * {@code identifier.match} …), the weight it added to (or took from) the score, and a readable detail.
 */
public record Feature(String name, double weight, String detail) {

    @Override
    public String toString() {
        return "Feature[" + name + ", " + weight + "]";
    }
}
