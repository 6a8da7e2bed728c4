package org.passage.keys.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns two different sets of keys (in the keys directory and in the data folder) into Spring Boot's plain "APPLICATION
 * FAILED TO START" report instead of a stack trace. Registered in META-INF/spring.factories.
 */
public class KeysConflictAnalyzer extends AbstractFailureAnalyzer<KeysMove.Conflict> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeysMove.Conflict cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
