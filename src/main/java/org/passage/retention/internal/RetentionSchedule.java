package org.passage.retention.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention rules on {@code passage.retention.schedule} (a cron expression; {@code -}, the demo's and the tests', is off). */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionRunner runner;

    RetentionSchedule(RetentionRunner runner) {
        this.runner = runner;
    }

    @Scheduled(cron = "${passage.retention.schedule:-}", zone = "UTC")
    void run() {
        var report = runner.run(false);
        log.info("retention run: {} cases due, {} erased, {} on legal hold, {} values moved under case keys", report.due().size(),
                report.erased(), report.held(), report.resealed());
    }
}
