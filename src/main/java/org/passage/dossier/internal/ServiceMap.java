package org.passage.dossier.internal;

import org.passage.geo.Coordinates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A static SVG map of the service places: country outlines and the occupied area of one day (GeoJSON from
 * {@link org.passage.geo.Territory#mapLayers}) in a plate carrée projection corrected for latitude, framed on
 * Ukraine and every service place, each place a numbered dot. No tiles, no text but the numbers, so the PDF
 * stays self-contained; points closer than a fifth of a millimetre are dropped to keep the file small.
 */
public final class ServiceMap {

    /** A place on the map with the number it has in the service table. */
    public record Pin(int number, Coordinates at) {
    }

    static final double WIDTH = 640;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final double west;
    private final double north;
    private final double scale;
    private final double cosLat;
    private final double height;

    private ServiceMap(List<Pin> pins) {
        double w = 22, e = 41, s = 44, n = 53; // Ukraine and its neighbours
        for (Pin pin : pins) {
            w = Math.min(w, pin.at().longitude() - 1.5);
            e = Math.max(e, pin.at().longitude() + 1.5);
            s = Math.min(s, pin.at().latitude() - 1);
            n = Math.max(n, pin.at().latitude() + 1);
        }
        this.west = w;
        this.north = n;
        this.cosLat = Math.cos(Math.toRadians((s + n) / 2));
        this.scale = WIDTH / ((e - w) * cosLat);
        this.height = Math.ceil((n - s) * scale);
    }

    /** The map of {@code mapLayers} (a GeoJSON FeatureCollection) with the pins; refuses a broken GeoJSON. */
    public static String svg(String mapLayers, List<Pin> pins) {
        return new ServiceMap(pins).draw(JSON.readTree(mapLayers), pins);
    }

    private String draw(JsonNode collection, List<Pin> pins) {
        var svg = new StringBuilder(64 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">",
                WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#eef3f7\"/>", WIDTH, height));
        for (String layer : List.of("country", "occupied")) {
            for (JsonNode feature : collection.path("features")) {
                if (!layer.equals(feature.path("properties").path("layer").asString(""))) {
                    continue;
                }
                String fill = "occupied".equals(layer) ? "fill=\"#d9534f\" fill-opacity=\"0.55\" stroke=\"#a12b27\" stroke-width=\"0.6\""
                        : "fill=\"" + countryFill(feature.path("properties").path("name").asString("")) + "\" stroke=\"#6b7280\" stroke-width=\"0.6\"";
                String path = path(feature.path("geometry"));
                if (!path.isEmpty()) {
                    svg.append("<path fill-rule=\"evenodd\" ").append(fill).append(" d=\"").append(path).append("\"/>");
                }
            }
        }
        String unchecked = collection.path("unchecked").asString("");
        if (!unchecked.isEmpty()) {
            // without occupation data the shaded area is not the whole occupied area: say so on the map itself
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"16\" fill=\"#fff3cd\"/>", WIDTH));
            svg.append("<text x=\"6\" y=\"11.5\" font-family=\"DejaVu Sans\" font-size=\"8.5\" fill=\"#7a4b00\">"
                    + "Occupation NOT checked on this date: no occupation data — only the areas occupied since 2014 are shaded</text>");
        }
        for (Pin pin : pins) {
            double x = x(pin.at().longitude()), y = y(pin.at().latitude());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"#1d4ed8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>", x, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"DejaVu Sans\" font-size=\"9\" font-weight=\"bold\" "
                    + "fill=\"#ffffff\" text-anchor=\"middle\">%d</text>", x, y + 3.2, pin.number()));
        }
        return svg.append("</svg>").toString();
    }

    private static String countryFill(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("ukraine") ? "#fdf6e3" : n.contains("russia") ? "#e5e7eb" : "#f3f4f6";
    }

    private String path(JsonNode geometry) {
        var d = new StringBuilder();
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(coordinates);
        } else if ("MultiPolygon".equals(type)) {
            coordinates.forEach(polygons::add);
        }
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                ring(ring, d);
            }
        }
        return d.toString();
    }

    private void ring(JsonNode ring, StringBuilder d) {
        double lastX = Double.NaN, lastY = Double.NaN;
        int drawn = 0;
        for (JsonNode point : ring) {
            double x = x(point.path(0).asDouble()), y = y(point.path(1).asDouble());
            if (drawn > 0 && Math.abs(x - lastX) < 0.6 && Math.abs(y - lastY) < 0.6) {
                continue;
            }
            d.append(drawn == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            lastX = x;
            lastY = y;
            drawn++;
        }
        if (drawn > 0) {
            d.append('Z');
        }
    }

    private double x(double longitude) {
        return (longitude - west) * cosLat * scale;
    }

    private double y(double latitude) {
        return (north - latitude) * scale;
    }
}
