package org.passage.audit;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A chain head written down outside Passage earlier (from a summary line: {@code 1234:c4897a0d56650a3c}).
 * Verifying against it catches what nothing inside the database can: events deleted from the end together
 * with the chain head.
 */
public record NotedHead(long sequence, long hashPrefix) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18}):([0-9a-fA-F]{16})");

    public static NotedHead parse(String text) {
        var match = FORMAT.matcher(text.strip());
        if (!match.matches() || Long.parseLong(match.group(1)) < 1) {
            throw new IllegalArgumentException("a noted chain head looks like 1234:c4897a0d56650a3c (sequence, 16 hex digits), not '" + text + "'");
        }
        return new NotedHead(Long.parseLong(match.group(1)), HexFormat.fromHexDigitsToLong(match.group(2).toLowerCase()));
    }
}
