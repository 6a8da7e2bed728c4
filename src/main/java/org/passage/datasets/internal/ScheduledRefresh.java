package org.passage.datasets.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;
import org.springframework.stereotype.Component;

/**
 * The running server's refresh of every dataset: {@code passage.datasets.refresh} is a cron expression
 * ("0 0 4 * * *") or an interval ("12h", "P1D"), "off" or empty for none, and always off in the demo. Where
 * several servers share one database the advisory lock lets one of them run; each dataset's failure is recorded
 * and its last good version keeps answering. {@code passage.datasets.refresh-from} names a folder laid out like
 * ../shared/data for installations without the internet (see {@link UpdateRuns}). Only a web server schedules; commands never do.
 */
@Component
@ConditionalOnWebApplication
class ScheduledRefresh implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRefresh.class);

    private final UpdateRuns runs;
    private final @Nullable Trigger trigger;

    ScheduledRefresh(UpdateRuns runs, @Value("${passage.datasets.refresh:off}") String refresh,
                     @Value("${passage.demo:false}") boolean demo) {
        this.runs = runs;
        this.trigger = demo ? null : trigger(refresh);
    }

    /** The trigger a setting describes, or null for none; a setting that is neither cron nor interval is refused. */
    static @Nullable Trigger trigger(String refresh) {
        String setting = refresh.strip();
        if (setting.isEmpty() || setting.equalsIgnoreCase("off")) {
            return null;
        }
        if (CronExpression.isValidExpression(setting)) {
            return new CronTrigger(setting);
        }
        Duration every;
        try {
            every = DurationStyle.detectAndParse(setting);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("passage.datasets.refresh must be a cron expression (\"0 0 4 * * *\"), an interval (\"12h\") or off: "
                    + refresh, e);
        }
        if (every.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new IllegalArgumentException("passage.datasets.refresh: an interval under 10 minutes would hammer the publishers: " + refresh);
        }
        PeriodicTrigger periodic = new PeriodicTrigger(every);
        periodic.setInitialDelay(every);
        return periodic;
    }

    boolean scheduled() {
        return trigger != null;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (trigger != null) {
            registrar.addTriggerTask(this::refresh, trigger);
        }
    }

    void refresh() {
        try {
            var run = runs.runNow("schedule");
            log.info("scheduled data update: {} datasets, {} failed{}", run.outcomes() == null ? 0 : run.outcomes().size(), run.failures(),
                    run.error() == null ? "" : "; " + run.error());
        } catch (UpdateRuns.Busy e) {
            log.info("scheduled data update skipped: an update started from the admin page is running");
        }
    }
}
