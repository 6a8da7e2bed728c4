package org.passage.journeys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;

/** A case's journey as its reader sees it: stage changes and places, and both merged into one timeline. */
public record Journey(CaseRef ref, List<StageEntry> stages, List<LocationEntry> locations) {

    public Journey {
        stages = List.copyOf(stages);
        locations = List.copyOf(locations);
    }

    /** One line of the timeline: either a stage change or a place. */
    public record Moment(LocalDate day, Instant recordedAt, @Nullable StageEntry stage, @Nullable LocationEntry location) {
    }

    /** Stage changes and places together, newest first. */
    public List<Moment> timeline() {
        var moments = new ArrayList<Moment>();
        stages.forEach(s -> moments.add(new Moment(s.effective(), s.recordedAt(), s, null)));
        locations.forEach(l -> moments.add(new Moment(l.since(), l.recordedAt(), null, l)));
        moments.sort(Comparator.comparing(Moment::day).thenComparing(Moment::recordedAt).reversed());
        return moments;
    }

    public Optional<LocationEntry> current() {
        return locations.stream().findFirst();
    }
}
