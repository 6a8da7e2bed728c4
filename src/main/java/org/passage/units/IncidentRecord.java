package org.passage.units;

import java.util.Objects;

/**
 * Where an incident comes from: the catalogue dataset it was imported from ({@code incidents-bellingcat},
 * {@code incidents-cir}) or {@code analyst} for one an analyst entered, and its id in that dataset
 * ({@code CIV0628}, {@code UW1228}). Together with a publisher link it is what a finding cites.
 */
public record IncidentRecord(String dataset, String externalId) {

    public IncidentRecord {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(externalId, "externalId");
    }

    /** The catalogue name of a dataset as the units import stores it ("bellingcat" → "incidents-bellingcat"). */
    public static IncidentRecord of(String storedDataset, String externalId) {
        String dataset = switch (storedDataset) {
            case "bellingcat" -> "incidents-bellingcat";
            case "cir" -> "incidents-cir";
            case "demo" -> "units-demo";
            default -> storedDataset;
        };
        return new IncidentRecord(dataset, externalId);
    }

    @Override
    public String toString() {
        return dataset + " " + externalId;
    }
}
