package org.passage.evidence.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times on the evidence pages are shown in UTC, as entered, whatever the server's zone: a court compares them. */
@Component("evidenceTimes")
public class EvidenceTimes {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String seconds(Instant at) {
        return SECONDS.format(at);
    }

    public String minutes(Instant at) {
        return MINUTES.format(at);
    }
}
