package org.passage.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passage.geo.AmbiguousPlaceException;
import org.passage.geo.Coordinates;
import org.passage.geo.GeoDataException;
import org.passage.geo.Gazetteer;
import org.passage.geo.Place;
import org.passage.geo.PlaceMatch;
import org.passage.geo.PlaceQuery;
import org.passage.geo.UnknownPlaceException;

/**
 * GeoNames "cities500" places (Russia, Ukraine and the transit countries) keyed by every name and alternate name.
 * A name with several places resolves only when hints leave one, or when the most populous is at least
 * {@link #DOMINANCE} times larger than the next: "Donetsk" is the Ukrainian city, the Rostov-oblast town is named
 * among the places set aside.
 */
public final class GeoNamesGazetteer implements Gazetteer {

    static final int DOMINANCE = 10;
    private static final int COLUMNS = 19;

    private final Map<String, List<Place>> byKey;
    private final List<Place> places;

    GeoNamesGazetteer(List<Place> places, Map<Long, List<String>> names) {
        Map<String, List<Place>> index = new HashMap<>();
        for (Place place : places) {
            Set<String> keys = new LinkedHashSet<>();
            for (String name : names.get(place.geonameId())) {
                String key = PlaceNames.key(name);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
            keys.forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>(1)).add(place));
        }
        index.values().forEach(list -> list.sort(Comparator.comparingLong(Place::population).reversed()));
        this.byKey = index;
        this.places = List.copyOf(places);
    }

    @Override
    public List<Place> places() {
        return places;
    }

    @Override
    public List<Place> candidates(String name) {
        List<Place> found = byKey.getOrDefault(PlaceNames.key(name), List.of());
        if (found.isEmpty() && PlaceNames.isCyrillic(name)) {
            found = byKey.getOrDefault(PlaceNames.latinKey(name), List.of());
        }
        if (found.isEmpty()) {
            String bare = PlaceNames.withoutSettlementType(name);
            if (!bare.equals(name)) {
                return candidates(bare);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public PlaceMatch resolve(PlaceQuery query) {
        int comma = query.name().indexOf(',');
        if (comma > 0 && query.region() == null && candidates(query.name()).isEmpty()) {
            // "Semenivka, Chernihiv": what follows the comma is a region hint
            return resolve(new PlaceQuery(query.name().substring(0, comma), query.country(), query.name().substring(comma + 1)));
        }
        List<Place> all = candidates(query.name());
        if (all.isEmpty()) {
            throw new UnknownPlaceException("unknown place \"" + query.name() + "\": not in the GeoNames gazetteer (towns of"
                    + " 500 inhabitants or more in RU, UA, BY, KZ, KG, AM, GE, MD); give --lat/--lon instead");
        }
        List<Place> hinted = all.stream()
                .filter(p -> query.country() == null || p.countryCode().equals(query.country()))
                .filter(p -> query.region() == null || PlaceNames.key(p.region()).contains(PlaceNames.key(query.region())))
                .toList();
        if (hinted.isEmpty()) {
            throw new UnknownPlaceException("unknown place \"" + query.name() + "\" with the hints given"
                    + hints(query) + "; places of that name: " + describe(all));
        }
        if (hinted.size() == 1 || hinted.get(0).population() >= DOMINANCE * Math.max(1, hinted.get(1).population())) {
            return new PlaceMatch(hinted.get(0), hinted.subList(1, hinted.size()));
        }
        throw new AmbiguousPlaceException("ambiguous place \"" + query.name() + "\"" + hints(query) + ": candidates "
                + describe(hinted) + "; add a country (--country) or region (--region) hint, or give --lat/--lon", hinted);
    }

    private static String hints(PlaceQuery query) {
        List<String> hints = new ArrayList<>();
        if (query.country() != null) {
            hints.add("country " + query.country());
        }
        if (query.region() != null) {
            hints.add("region \"" + query.region() + "\"");
        }
        return hints.isEmpty() ? "" : " (" + String.join(", ", hints) + ")";
    }

    private static String describe(List<Place> places) {
        List<String> shown = places.stream().limit(8).map(p -> p.describe() + " at " + p.coordinates()).toList();
        String more = places.size() > 8 ? " and " + (places.size() - 8) + " more" : "";
        return String.join("; ", shown) + more;
    }

    /** Reads GeoNames geoname TSV files (19 columns, no header, no quoting) and the admin1 names JSON. */
    static GeoNamesGazetteer read(List<NamedStream> tsvFiles, Map<String, String> admin1Names) {
        List<Place> places = new ArrayList<>();
        Map<Long, List<String>> names = new HashMap<>();
        for (NamedStream file : tsvFiles) {
            try (var reader = new BufferedReader(new InputStreamReader(file.stream(), StandardCharsets.UTF_8))) {
                String line;
                int lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        parse(line, admin1Names, places, names);
                    } catch (IllegalArgumentException e) {
                        throw new GeoDataException(file.name(), "line " + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new GeoDataException(file.name(), "cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return new GeoNamesGazetteer(places, names);
    }

    private static void parse(String line, Map<String, String> admin1Names, List<Place> places, Map<Long, List<String>> names) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalArgumentException(COLUMNS + " tab-separated columns expected, found " + f.length);
        }
        long id = parseLong(f[0], "geonameid");
        double lat = parseDouble(f[4], "latitude");
        double lon = parseDouble(f[5], "longitude");
        long population = f[14].isEmpty() ? 0 : parseLong(f[14], "population");
        List<String> all = new ArrayList<>();
        all.add(f[1]);
        all.add(f[2]);
        List<String> cyrillic = new ArrayList<>(4);
        for (String alternate : f[3].split(",")) {
            if (!alternate.isBlank()) {
                all.add(alternate);
                if (PlaceNames.isCyrillic(alternate)) {
                    cyrillic.add(alternate);
                }
            }
        }
        String localName = localName(f[1], cyrillic);
        String region = admin1Names.getOrDefault(f[8] + "." + f[10], "");
        places.add(new Place(id, f[1], localName, f[8], region, population, new Coordinates(lat, lon)));
        names.put(id, all);
    }

    /**
     * The Cyrillic form to show beside the Latin name: GeoNames does not say which alternate is Ukrainian, Russian
     * or Belarusian, so the one that transliterates closest to the Latin name is taken ("Irpin" → Ірпінь, not Ирпень).
     */
    private static String localName(String name, List<String> cyrillic) {
        if (cyrillic.size() <= 1) {
            return cyrillic.isEmpty() ? "" : cyrillic.getFirst();
        }
        String target = PlaceNames.key(name);
        var distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        String best = cyrillic.getFirst();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : cyrillic) {
            int d = distance.apply(target, PlaceNames.latinKey(candidate));
            // on a tie the longer form wins: it keeps the soft sign that Bulgarian forms drop (Севастополь, Донецьк)
            if (d < bestDistance || d == bestDistance && candidate.length() > best.length()) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static long parseLong(String value, String column) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: \"" + value + "\"");
        }
    }

    private static double parseDouble(String value, String column) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: \"" + value + "\"");
        }
    }

    record NamedStream(String name, InputStream stream) {
    }
}
