package org.passage.watchlists;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The list formats Passage reads; {@link #cliName()} is what {@code passage lists import --format} accepts. */
public enum ImportFormat {
    FTM("ftm", "FollowTheMoney entities as JSON lines (OpenSanctions)"),
    OFAC_CSV("ofac-csv", "OFAC legacy CSV: sdn.csv with alt.csv, add.csv, sdn_comments.csv beside it (or cons_*.csv)"),
    OFAC_JSON("ofac-json", "OFAC SDN JSON (entries with uid, name, type, programs, alternateNames)"),
    UN_XML("un-xml", "UN Security Council consolidated list XML"),
    UK_CSV("uk-csv", "UK sanctions list: the FCDO CSV, or a folder of its normalised tables (subjects.csv, subject_*.csv)"),
    EU_CSV("eu-csv", "EU sanctions, OpenSanctions Official-Journal CSV transcription (a file or a folder of them)"),
    CSV("csv", "any CSV, with a column mapping file (--mapping, JSON or properties)");

    private final String cliName;
    private final String description;

    ImportFormat(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    public static ImportFormat fromCliName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(ImportFormat::cliName).collect(Collectors.joining(", "))));
    }
}
