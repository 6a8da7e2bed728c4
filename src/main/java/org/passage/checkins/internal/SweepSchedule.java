package org.passage.checkins.internal;

import org.passage.database.ClusterLocks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node of an installation schedules the missed check-in sweep; the cluster lock lets one of them sweep at a
 * time and the others skip that turn, so an alert is raised and escalated once whatever the number of nodes.
 */
@Component
@ConditionalOnWebApplication
class SweepSchedule {

    private final MissedCheckIns sweep;
    private final ClusterLocks locks;

    SweepSchedule(MissedCheckIns sweep, ClusterLocks locks) {
        this.sweep = sweep;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${passage.checkins.sweep-every:PT1M}", initialDelayString = "${passage.checkins.sweep-every:PT1M}")
    void sweep() {
        locks.runAlone("checkin-sweep", sweep::sweep);
    }
}
