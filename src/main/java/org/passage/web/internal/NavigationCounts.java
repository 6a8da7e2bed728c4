package org.passage.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.web.HomeSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of urgent things (duress, missed check-ins) beside "Check-ins" in the top navigation of every page. Asked
 * of the features at most once a {@link #FRESH} per staff member, so a page view costs no extra queries (nor audit rows).
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationCounts {

    static final Duration FRESH = Duration.ofSeconds(30);

    private final List<HomeSection> sections;
    private final Clock clock;
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    NavigationCounts(List<HomeSection> sections, Clock clock) {
        this.sections = sections;
        this.clock = clock;
    }

    private record Counted(int count, Instant at) {
    }

    @ModelAttribute("urgentCount")
    int urgentCount(Authentication authentication) {
        return count(authentication, false);
    }

    /** The count, asked of the features now when {@code fresh} (the home page shows the sections themselves). */
    int count(Authentication authentication, boolean fresh) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream().noneMatch(a -> "STAFF".equals(a.getAuthority()))) {
            return 0;
        }
        Instant now = clock.instant();
        if (counted.size() > 10_000) {
            counted.clear();
        }
        Counted c = counted.compute(authentication.getName(), (who, before) -> !fresh && before != null && before.at().plus(FRESH).isAfter(now)
                ? before : new Counted(sections.stream().mapToInt(HomeSection::urgentCount).sum(), now));
        return c.count();
    }
}
