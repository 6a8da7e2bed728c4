package org.passage.watchlists;

import java.util.List;

/**
 * What one version of a list changed in one entity, property by property: each FtM property ("name", "alias",
 * "birthDate", "nationality", "topics", …) whose values differ, with the values before and after; {@code removed} when
 * the version took the entity off the list. {@code fromVersion} is the version whose entry the change replaced.
 */
public record EntryDiff(String list, int fromVersion, int toVersion, boolean removed, List<Field> fields) {

    public EntryDiff {
        fields = List.copyOf(fields);
    }

    /** A property's values before and after, each in the list's order. */
    public record Field(String property, List<String> before, List<String> after) {
        public Field {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    @Override
    public String toString() {
        return "EntryDiff[" + list + " v" + fromVersion + "→v" + toVersion + (removed ? ", removed" : "") + ", " + fields.size()
                + " fields, values redacted]";
    }
}
