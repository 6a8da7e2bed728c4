package org.passage.geo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.passage.geo.Coordinates;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoStatus;
import org.passage.geo.Occupation;
import org.passage.geo.OutOfRangeException;
import org.passage.geo.SnapshotCheck;
import org.passage.geo.Territory;
import org.passage.geo.TerritoryStatus;

/**
 * Answers for a point and a period: the country polygon first, and for points in Ukraine every occupied-territory
 * snapshot in force during the period, the areas held since 2014 counting as occupied on every date. Days that no
 * snapshot and no rule covers are "unchecked", never "not occupied": a missing file must not clear anyone.
 */
public final class TerritoryEngine implements Territory {

    private final Countries countries;
    private final AdminAreas areas;
    private final BaselineArea baseline;
    private final OccupationSeries series;
    private final List<String> sources;
    private final Clock clock;
    private final PreparedGeometry ukraine;
    private final IndexedFacetDistance ukraineOutline;
    private final Snapshot baselineSnapshot;
    private final java.time.Period maxAge;
    /**
     * The map layers of the snapshots asked for lately: simplifying the occupied area costs tens of milliseconds
     * and every vetting page asks for it. No personal data, and a reload makes a new engine (and so a new cache).
     */
    private final Map<LayersKey, String> layersCache = new ConcurrentHashMap<>();
    private static final int LAYERS_KEPT = 32;

    /** A snapshot of the series ({@code index} ≥ 0), or none ({@code -1}) with the note of what was not checked. */
    private record LayersKey(int index, @Nullable String unchecked) {
    }

    private volatile @Nullable MapLayers mapLayers;

    TerritoryEngine(Countries countries, AdminAreas areas, BaselineArea baseline, OccupationSeries series,
                    List<String> sources, Clock clock) {
        this(countries, areas, baseline, series, sources, clock, java.time.Period.ofDays(30));
    }

    TerritoryEngine(Countries countries, AdminAreas areas, BaselineArea baseline, OccupationSeries series,
                    List<String> sources, Clock clock, java.time.Period maxAge) {
        this.maxAge = maxAge;
        this.countries = countries;
        this.areas = areas;
        this.baseline = baseline;
        this.series = series;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.ukraine = PreparedGeometryFactory.prepare(countries.ukraine());
        this.ukraineOutline = new IndexedFacetDistance(countries.ukraine().getBoundary());
        this.baselineSnapshot = Snapshot.loaded(BaselineArea.CRIMEA_SINCE,
                "areas occupied since 2014 (" + String.join(", ", baseline.names()) + "): " + LegalSources.CRIMEA
                        + (baseline.hasPre2022Line() ? "; " + LegalSources.ORDLO : ""), new OccupiedArea(List.of()));
    }

    @Override
    public DatePeriod coverage() {
        LocalDate end = series.isEmpty() ? LocalDate.now(clock) : series.last();
        return DatePeriod.between(BaselineArea.CRIMEA_SINCE, end);
    }

    /** Cheap range test for the hot path; the full explanation is built only when it fails. */
    private boolean inRange(LocalDate from, LocalDate to) {
        if (from.isBefore(BaselineArea.CRIMEA_SINCE)) {
            return false;
        }
        return series.isEmpty() ? !to.isAfter(LocalDate.now(clock)) : !to.isAfter(series.last());
    }

    @Override
    public List<String> sources() {
        return sources;
    }

    @Override
    public String mapLayers(LocalDate date) {
        if (!inRange(date, date)) {
            checkRange(DatePeriod.day(date));
        }
        int index = series.indexAt(date);
        String unchecked = index < 0 && !ruleAnswers(date, false) ? "occupation not checked on " + date
                + ": no occupied-territory snapshot covers this day, so only the areas occupied since 2014 are shaded;"
                + " the rest of Ukraine is NOT shown as free" : null;
        LayersKey key = new LayersKey(Math.max(index, -1), unchecked);
        String layers = layersCache.get(key);
        if (layers == null) {
            if (layersCache.size() >= LAYERS_KEPT) {
                layersCache.clear(); // bounded: a rare sweep through many days starts again rather than grow
            }
            layers = layersCache.computeIfAbsent(key, this::layers);
        }
        return layers;
    }

    private String layers(LayersKey key) {
        MapLayers layers = mapLayers;
        if (layers == null) {
            layers = new MapLayers(countries.outlines());
            mapLayers = layers;
        }
        List<org.locationtech.jts.geom.Geometry> occupied = new ArrayList<>(baseline.geometries());
        Snapshot snapshot = baselineSnapshot;
        if (key.index() >= 0) {
            snapshot = series.get(key.index());
            occupied.addAll(snapshot.area().geometries());
        }
        return layers.layers(occupied, snapshot.source(), snapshot.date(), key.unchecked());
    }

    /**
     * Whether the rules alone answer for a point outside the areas held since 2014 on a day before the first
     * snapshot: only between the settling of the line (or 2014 outside Donetsk and Luhansk oblasts) and the
     * invasion, and only when the pre-2022 line is loaded.
     */
    private boolean ruleAnswers(LocalDate date, boolean outsideDonbas) {
        LocalDate from = ruleFrom(outsideDonbas);
        return from != null && !date.isBefore(from) && !date.isAfter(ruleTo());
    }

    private @Nullable LocalDate ruleFrom(boolean outsideDonbas) {
        if (!baseline.hasPre2022Line()) {
            return null;
        }
        return outsideDonbas ? BaselineArea.CRIMEA_SINCE : LegalSources.LINE_SETTLED;
    }

    private LocalDate ruleTo() {
        LocalDate beforeInvasion = LegalSources.INVASION.minusDays(1);
        return series.isEmpty() || series.first().isAfter(beforeInvasion) ? beforeInvasion : series.first().minusDays(1);
    }

    /** Known oblast, and not Donetsk or Luhansk oblast: no front line crossed it before 2022. */
    private boolean outsideDonbas(Point point) {
        String area = areas.at(point);
        return area != null && !area.startsWith("Donetsk") && !area.startsWith("Luhansk");
    }

    /** The warning every answer carries while the newest snapshot is older than the maximum age. */
    @Override
    public List<String> warnings() {
        if (series.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        if (!series.last().plus(maxAge).isBefore(today)) {
            return List.of();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(series.last(), today);
        return List.of("the occupied-territory data ends on " + series.last() + ", " + days + " days ago (more than the allowed "
                + maxAge.getDays() + " days): the front may have moved since; update it with ./passage data update");
    }

    /** Reads every snapshot now, so that a broken file fails here and not in the middle of a vetting. */
    public TerritoryEngine loadEverything() {
        for (int i = 0; i < series.size(); i++) {
            series.published(i).area();
        }
        return this;
    }

    /** Every snapshot set aside as contradicting its neighbours, with why (reads the whole series). */
    public List<String> setAsideSnapshots() {
        List<String> setAside = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            series.setAside(i).ifPresent(why -> setAside.add(series.published(index).source() + ": " + why));
        }
        return setAside;
    }

    public int snapshotCount() {
        return series.size();
    }

    /** Snapshots identical to the one before, sharing its polygons (counted among those loaded). */
    public int sharedSnapshots() {
        return series.sharedCount();
    }

    @Override
    public GeoStatus statusAt(Coordinates coordinates, LocalDate date) {
        if (!inRange(date, date)) {
            checkRange(DatePeriod.day(date));
        }
        Point point = point(coordinates);
        Countries.Country country = countries.at(point);
        if (country != null && country.status() != GeoStatus.UKRAINE) {
            return country.status();
        }
        int index = series.indexAt(date);
        if (occupied(point, index)) {
            return GeoStatus.OCCUPIED_UKRAINE;
        }
        if (country == null) {
            return GeoStatus.OTHER;
        }
        return index >= 0 || ruleAnswers(date, outsideDonbas(point)) ? GeoStatus.UKRAINE : GeoStatus.UNCHECKED;
    }

    @Override
    public TerritoryStatus status(Coordinates coordinates, DatePeriod period) {
        checkRange(period);
        Point point = point(coordinates);
        Countries.Country country = countries.at(point);
        List<String> notes = new ArrayList<>();
        if (country != null && country.status() != GeoStatus.UKRAINE) {
            notes.add("inside the outline of " + country.name() + " (Natural Earth 1:10m): occupation of Ukraine not checked");
            return new TerritoryStatus(coordinates, period, country.status(), country.name(), null, Occupation.NOT_CHECKED,
                    null, List.of(), notes);
        }
        // distances only for Ukraine: a point at sea far away would otherwise build every line of contact of the period
        List<DatePeriod> unchecked = new ArrayList<>();
        List<SnapshotCheck> checks = checks(point, period, country != null, unchecked);
        if (country == null && checks.stream().anyMatch(SnapshotCheck::occupied)) {
            unchecked.clear();
            checks = checks(point, period, true, unchecked);
        }
        long occupiedCount = checks.stream().filter(SnapshotCheck::occupied).count();
        Occupation occupation = occupiedCount == 0 ? (unchecked.isEmpty() ? Occupation.NONE : Occupation.NOT_CHECKED)
                : occupiedCount == checks.size() && unchecked.isEmpty() ? Occupation.ALL : Occupation.PART;
        GeoStatus status = occupiedCount > 0 ? GeoStatus.OCCUPIED_UKRAINE
                : country == null ? GeoStatus.OTHER : unchecked.isEmpty() ? GeoStatus.UKRAINE : GeoStatus.UNCHECKED;
        LocalDate since = null;
        if (occupiedCount > 0) {
            since = occupiedSince(point, firstOccupied(checks).snapshotDate(), notes);
        }
        if (country == null && status == GeoStatus.OTHER) {
            notes.add("outside every country outline (sea or a border sliver)");
            occupation = Occupation.NOT_CHECKED;
            checks = List.of();
            unchecked.clear();
        }
        if (series.isEmpty()) {
            notes.add("no occupied-territory series loaded: only the areas occupied since 2014 were checked");
        }
        if (!unchecked.isEmpty()) {
            notes.add("not checked " + String.join(", ", unchecked.stream().map(u -> u.from() + ".." + u.to()).toList())
                    + ": no occupation data for these dates" + (series.isEmpty() ? " (load it with ./passage data update)" : ""));
        }
        List<String> warnings = country == null || !country.name().equals("Ukraine") ? List.of() : warnings();
        return new TerritoryStatus(coordinates, period, status, country == null ? null : country.name(), areas.at(point),
                occupation, since, checks, notes, unchecked, warnings);
    }

    private List<SnapshotCheck> checks(Point point, DatePeriod period, boolean withDistance, List<DatePeriod> unchecked) {
        List<SnapshotCheck> checks = new ArrayList<>();
        int first = series.indexAt(period.from());
        int last = series.indexAt(period.to());
        if (first < 0) {
            LocalDate to = series.isEmpty() ? coverage().to() : series.first().minusDays(1);
            LocalDate spanTo = period.to().isBefore(to) ? period.to() : to;
            if (baseline.covers(point)) {
                checks.add(check(point, -1, BaselineArea.CRIMEA_SINCE, to, withDistance));
            } else {
                LocalDate ruleFrom = ruleFrom(outsideDonbas(point));
                LocalDate ruleTo = ruleTo();
                if (ruleFrom == null || ruleTo.isBefore(ruleFrom) || spanTo.isBefore(ruleFrom) || period.from().isAfter(ruleTo)) {
                    unchecked.add(DatePeriod.between(period.from(), spanTo));
                } else {
                    if (period.from().isBefore(ruleFrom)) {
                        unchecked.add(DatePeriod.between(period.from(), ruleFrom.minusDays(1)));
                    }
                    checks.add(check(point, -1, ruleFrom, ruleTo, withDistance));
                    if (spanTo.isAfter(ruleTo)) {
                        unchecked.add(DatePeriod.between(ruleTo.plusDays(1), spanTo));
                    }
                }
            }
            first = 0;
        }
        for (int i = first; i <= last; i++) {
            checks.add(check(point, i, series.dateAt(i), series.inForceTo(i), withDistance));
        }
        return checks;
    }

    private SnapshotCheck check(Point point, int index, LocalDate from, LocalDate to, boolean withDistance) {
        Snapshot snapshot = index < 0 ? baselineSnapshot : series.get(index);
        boolean occupied = occupied(point, index);
        @Nullable Double distance = withDistance ? snapshot.line(() -> lineOfContact(index)).distanceKm(point.getX(), point.getY()) : null;
        String source = index < 0 ? snapshot.source() : series.setAside(index)
                .map(why -> snapshot.source() + "; " + series.published(index).source() + " set aside: " + why).orElse(snapshot.source());
        return new SnapshotCheck(snapshot.date(), from, to, source, occupied, distance);
    }

    private LineOfContact lineOfContact(int index) {
        List<org.locationtech.jts.geom.Geometry> polygons = new ArrayList<>(baseline.geometries());
        if (index >= 0) {
            polygons.addAll(series.get(index).area().geometries());
        }
        return LineOfContact.of(polygons, p -> occupied(p, index), ukraine, ukraineOutline);
    }

    private static SnapshotCheck firstOccupied(List<SnapshotCheck> checks) {
        return checks.stream().filter(SnapshotCheck::occupied).findFirst().orElseThrow();
    }

    /** Walks back from the first occupied snapshot of the period to the start of that occupation. */
    private LocalDate occupiedSince(Point point, LocalDate firstOccupiedSnapshot, List<String> notes) {
        BaselineArea.Part part = baseline.at(point);
        if (part != null) {
            notes.add("in " + part.name() + ": occupied since " + part.since().getYear() + ", counted as occupied on every date ("
                    + (part.since().equals(BaselineArea.ORDLO_SINCE) ? LegalSources.ORDLO : LegalSources.CRIMEA) + ")");
            return part.since();
        }
        int index = series.indexAt(firstOccupiedSnapshot);
        while (index > 0 && series.get(index - 1).area().covers(point)) {
            index--;
        }
        Snapshot first = series.get(index);
        if (index == 0) {
            notes.add("occupied in the first snapshot of the series (" + first.source() + ")");
        } else {
            notes.add("first shown as occupied in " + first.source() + "; the snapshot before it ("
                    + series.get(index - 1).date() + ") shows it held by Ukraine");
        }
        return first.date();
    }

    private boolean occupied(Point point, int index) {
        if (baseline.covers(point)) {
            return true;
        }
        return index >= 0 && series.get(index).area().covers(point);
    }

    private void checkRange(DatePeriod period) {
        LocalDate today = LocalDate.now(clock);
        if (period.to().isAfter(today)) {
            throw new OutOfRangeException("the period " + period.label() + " ends in the future (today is " + today + ")");
        }
        DatePeriod coverage = coverage();
        if (period.from().isBefore(coverage.from()) || period.to().isAfter(coverage.to())) {
            throw new OutOfRangeException("the period " + period.label() + " is outside the dates the loaded data covers ("
                    + coverage.from() + " to " + coverage.to() + "): before " + coverage.from()
                    + " nothing was occupied; after " + coverage.to() + " there is no snapshot yet");
        }
    }

    private static Point point(Coordinates coordinates) {
        return GeoJsonReader.FACTORY.createPoint(new Coordinate(coordinates.longitude(), coordinates.latitude()));
    }
}
