package org.passage.reports.internal;

import java.util.List;
import java.util.Optional;
import org.passage.reports.StatisticsPeriod;

/** The statistics of one organization and period, already suppressed; sections in page order. */
record Report(StatisticsPeriod period, List<Section> sections) {

    /** A section of the page; {@code provided} is false while no feature reports it (vetting, referrals). */
    record Section(String key, boolean provided, List<SafeTable> tables) {
        Section {
            tables = List.copyOf(tables);
        }
    }

    Report {
        sections = List.copyOf(sections);
    }

    /** True when no table has a single non-zero count: the period has no data. */
    boolean empty() {
        return tables().stream().allMatch(t -> t.source().empty());
    }

    List<SafeTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    Optional<SafeTable> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
