package org.passage.cli.geo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.Gazetteer;
import org.passage.geo.GeoData;
import org.passage.geo.GeoDataException;
import org.passage.geo.GeoException;
import org.passage.geo.GeoStatus;
import org.passage.geo.Occupation;
import org.passage.geo.Place;
import org.passage.geo.PlaceMatch;
import org.passage.geo.PlaceQuery;
import org.passage.geo.SnapshotCheck;
import org.passage.geo.TerritoryStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code passage geo status}: where a place or point lay on a date or over a period, and why. No database. */
@Command(name = "geo", mixinStandardHelpOptions = true, description = "Geo-temporal checks: Russia, Belarus, Ukraine or occupied Ukraine on a date.",
        subcommands = {GeoCommand.Status.class})
public final class GeoCommand {

    /**
     * Where the data is when neither --data nor PASSAGE_GEO_DATA says: the versions {@code passage data update}
     * made live, and nothing else: an answer rests on a version Passage recorded, or says "not checked".
     */
    public static Path defaultDataDir() {
        String fromEnvironment = System.getenv("PASSAGE_GEO_DATA");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        String store = System.getProperty("passage.datasets.store", System.getProperty("passage.data-dir", "data") + "/datasets");
        return Path.of(store, "live");
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Prints what was found and why; the last line is exactly status=<russia|belarus|ukraine|occupied-ukraine|unchecked|other>.",
                    "unchecked: no occupied-territory data covers (part of) the dates, so nothing is said about them.",
                    "Exit code 2 for an unknown or ambiguous place, a date out of range or bad data."})
    static final class Status implements Callable<Integer> {

        static final class Where {
            @Option(names = "--place", description = "town name in Cyrillic or Latin, e.g. \"Буча\" or Bucha")
            @Nullable String place;

            @ArgGroup(exclusive = false)
            @Nullable LatLon point;
        }

        static final class LatLon {
            @Option(names = "--lat", required = true, description = "latitude, decimal degrees")
            double lat;

            @Option(names = "--lon", required = true, description = "longitude, decimal degrees")
            double lon;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where = new Where();

        @Option(names = "--date", required = true, description = "a day, a month (2022-03), a year, a season (\"spring 2022\") or a range (2022-03-01..2022-04-15)")
        String date = "";

        @Option(names = "--to", description = "end of the period (a date, month or year); --date is then its start")
        @Nullable String to;

        @Option(names = "--country", description = "ISO country hint for --place, e.g. UA or RU")
        @Nullable String country;

        @Option(names = "--region", description = "region hint for --place, e.g. Kyiv or Rostov")
        @Nullable String region;

        @Option(names = "--data", description = "a folder laid out like ../shared/data (default: $PASSAGE_GEO_DATA, else the datasets loaded by ./passage data update)")
        @Nullable Path data;

        @Spec
        @SuppressWarnings("NullAway.Init")
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                DatePeriod period = period();
                Path dataDir = data != null ? data : defaultDataDir();
                GeoData geo;
                if (Files.isDirectory(dataDir)) {
                    geo = GeoData.load(dataDir);
                } else if (data == null) {
                    err.println("warning: no shared data at " + dataDir.toAbsolutePath().normalize()
                            + ": only the bundled borders are used, occupation after 2022-02-24 is NOT checked");
                    geo = GeoData.bundled();
                } else {
                    throw new GeoDataException(dataDir.toString(), "data folder not found");
                }
                Coordinates point = locate(geo.gazetteer(), out);
                TerritoryStatus status = geo.territory().status(point, period);
                new StatusReport(out).print(status, geo.territory().sources());
                out.flush();
                return 0;
            } catch (GeoException | IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
        }

        private DatePeriod period() {
            DatePeriod start = DatePeriod.parse(date);
            if (to == null) {
                return start;
            }
            DatePeriod end = DatePeriod.parse(to);
            return new DatePeriod(start.from(), end.to(), start.label() + " to " + end.label());
        }

        private Coordinates locate(Gazetteer gazetteer, PrintWriter out) {
            if (where.point != null) {
                return new Coordinates(where.point.lat, where.point.lon);
            }
            PlaceMatch match = gazetteer.resolve(new PlaceQuery(where.place == null ? "" : where.place, country, region));
            out.println("place:      \"" + where.place + "\" → " + match.place().describe() + " (GeoNames " + match.place().geonameId() + ")");
            if (!match.setAside().isEmpty()) {
                out.println("            set aside (much smaller or excluded by the hints): "
                        + String.join("; ", match.setAside().stream().limit(5).map(Place::describe).toList())
                        + " — use --country/--region or --lat/--lon to pick another");
            }
            return match.place().coordinates();
        }
    }

    /** Prints a {@link TerritoryStatus} so that a caseworker can follow the reasoning. */
    record StatusReport(PrintWriter out) {

        void print(TerritoryStatus status, java.util.List<String> sources) {
            out.println("point:      " + status.point());
            out.println("period:     " + status.period().label() + (status.period().isSingleDay() ? ""
                    : " (" + status.period().from() + " to " + status.period().to() + ")"));
            out.println("country:    " + (status.country() == null ? "none (outside every country outline)" : status.country()));
            if (status.area() != null) {
                out.println("area:       " + status.area());
            }
            for (SnapshotCheck check : status.checks()) {
                String distance = check.distanceToLineKm() == null ? "no line of contact inside Ukraine"
                        : String.format(Locale.ROOT, "%.1f km from the line of contact", check.distanceToLineKm());
                out.println("snapshot:   " + check.snapshotDate() + " [" + check.source() + "], in force "
                        + check.inForceFrom() + ".." + check.inForceTo() + ": " + (check.occupied() ? "OCCUPIED" : "not occupied")
                        + ", " + distance);
            }
            for (DatePeriod days : status.unchecked()) {
                out.println("unchecked:  " + days.from() + ".." + days.to() + ": no occupation data for these dates, NOT checked");
            }
            if (status.occupation() != Occupation.NOT_CHECKED) {
                long occupied = status.checks().stream().filter(SnapshotCheck::occupied).count();
                out.println("occupation: " + switch (status.occupation()) {
                    case ALL -> "occupied for all of the period";
                    case PART -> "occupied for part of the period";
                    default -> "not occupied at any time in the period";
                } + " (" + occupied + " of " + status.checks().size() + " snapshots)");
            }
            if (status.occupiedSince() != null) {
                out.println("since:      " + status.occupiedSince());
            }
            status.notes().forEach(note -> out.println("note:       " + note));
            status.warnings().forEach(warning -> out.println("warning:    " + warning));
            sources.forEach(source -> out.println("source:     " + source));
            if (status.status() == GeoStatus.UNCHECKED) {
                out.println("reason:     no occupied-territory snapshot covers these dates here; Passage does not say"
                        + " whether the place was occupied (load the series with ./passage data update)");
            }
            out.println("status=" + status.status().code());
        }
    }
}
