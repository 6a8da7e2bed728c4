package org.passage.vetting.internal;

/**
 * The inputs every finding carries to name its data: {@link #DATASET} (the catalogue datasets it rests on, with
 * their versions once the run knows them) and {@link #RECORD} (the record in them: file and line, entity id or
 * publisher link). A finding without both is a finding nobody can check.
 */
final class FindingSources {

    static final String DATASET = "source.dataset";
    static final String RECORD = "source.record";

    private FindingSources() {
    }
}
