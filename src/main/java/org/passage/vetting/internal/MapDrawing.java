package org.passage.vetting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.geo.Coordinates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a map as SVG on the server: the GeoJSON layers of {@code Territory.mapLayers(date)} (countries, the
 * occupied area) and the service places as markers, in an equirectangular projection scaled for the latitude of
 * the view. The result has no script, no style element or attribute and no external reference, so it passes a
 * strict content security policy and can go into a PDF as it is; colours are presentation attributes, and
 * classes ({@code layer-country}, {@code layer-occupied}, {@code marker}) let a page restyle it.
 */
final class MapDrawing {

    /** A service place: its label (escaped here), its position, the geo status code and whether it is in force on the map's day. */
    record Marker(String label, Coordinates at, String status, boolean current) {
        @Override
        public String toString() {
            return "Marker[REDACTED]";
        }
    }

    static final int WIDTH = 800;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The default view: Ukraine, Belarus and the Russian regions next to them. */
    private static final double[] DEFAULT_VIEW = {21.5, 43.5, 41.5, 53.8};

    private final double west;
    private final double south;
    private final double east;
    private final double north;
    private final double xScale;
    private final double yScale;
    private final int height;

    private MapDrawing(double[] view) {
        west = view[0];
        south = view[1];
        east = view[2];
        north = view[3];
        double kx = Math.cos(Math.toRadians((south + north) / 2));
        xScale = WIDTH / ((east - west) * kx) * kx;
        yScale = xScale / kx;
        height = (int) Math.ceil((north - south) * yScale);
    }

    /** The default view, widened to show every marker (with a margin), never wider than Europe to the Urals. */
    static MapDrawing around(List<Marker> markers) {
        double[] view = DEFAULT_VIEW.clone();
        for (Marker m : markers) {
            view[0] = Math.max(-10, Math.min(view[0], m.at().longitude() - 1.5));
            view[1] = Math.max(30, Math.min(view[1], m.at().latitude() - 1));
            // room on the right for the label
            view[2] = Math.min(75, Math.max(view[2], m.at().longitude() + 5));
            view[3] = Math.min(70, Math.max(view[3], m.at().latitude() + 1));
        }
        return new MapDrawing(view);
    }

    String draw(String geoJson, List<Marker> markers, LocalDate day, String caption) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vetting-map\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" data-date=\"").append(day).append("\">");
        svg.append("<title>").append(escape(caption)).append("</title>");
        svg.append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#eef3f7\"/>");
        Background background = BACKGROUNDS.get(new View(geoJson, west, south, east, north));
        if (background == null) {
            background = background(geoJson);
            if (BACKGROUNDS.size() >= BACKGROUNDS_KEPT) {
                BACKGROUNDS.clear(); // bounded: many views at once start again rather than grow
            }
            BACKGROUNDS.put(new View(geoJson, west, south, east, north), background);
        }
        svg.append(background.paths());
        String unchecked = background.unchecked();
        if (!unchecked.isEmpty()) {
            // without occupation data the shaded area is not the whole occupied area: the map says so itself
            svg.append("<g class=\"map-unchecked\"><rect x=\"0\" y=\"0\" width=\"").append(WIDTH)
                    .append("\" height=\"24\" fill=\"#fff3cd\"/><text x=\"8\" y=\"16\" font-size=\"13\" font-family=\"sans-serif\""
                            + " fill=\"#7a4b00\">Occupation NOT checked on ").append(day)
                    .append(": no occupation data — only the areas occupied since 2014 are shaded</text><title>")
                    .append(escape(unchecked)).append("</title></g>");
        }
        for (Marker m : markers) {
            double x = x(m.at().longitude());
            double y = y(m.at().latitude());
            svg.append("<g class=\"marker marker-").append(escape(m.status())).append(m.current() ? " current" : "").append("\">")
                    .append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"")
                    .append(m.current() ? 7 : 5).append("\" fill=\"").append(m.current() ? "#1f4e99" : "#8796ad")
                    .append("\" stroke=\"#ffffff\" stroke-width=\"2\"><title>").append(escape(m.label())).append("</title></circle>")
                    .append("<text x=\"").append(fmt(x + 9)).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"13\" font-family=\"sans-serif\" fill=\"#1b1b1b\">").append(escape(m.label())).append("</text></g>");
        }
        svg.append("<text class=\"map-caption\" x=\"8\" y=\"").append(height - 8)
                .append("\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#333333\">").append(escape(caption)).append("</text>");
        return svg.append("</svg>").toString();
    }

    /** The countries and the occupied area drawn for one view, and the layers' note of what was not checked. */
    private record Background(String paths, String unchecked) {
    }

    /**
     * The layers of a day (the same string while the territory data stays) in a view. Drawing them means reading
     * their GeoJSON and writing thousands of points, the same for every vetting page of that day and view; they
     * hold no personal data (the markers are drawn anew each time).
     */
    private record View(String geoJson, double west, double south, double east, double north) {
    }

    private static final Map<View, Background> BACKGROUNDS = new ConcurrentHashMap<>();
    private static final int BACKGROUNDS_KEPT = 32;

    private Background background(String geoJson) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        JsonNode root = JSON.readTree(geoJson);
        JsonNode features = root.path("features");
        for (String layer : List.of("country", "occupied")) {
            for (JsonNode feature : features) {
                if (layer.equals(feature.path("properties").path("layer").asString(""))) {
                    feature(svg, layer, feature);
                }
            }
        }
        return new Background(svg.toString(), root.path("unchecked").asString(""));
    }

    private void feature(StringBuilder svg, String layer, JsonNode feature) {
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asString("");
        JsonNode polygons = "Polygon".equals(type) ? JSON.createArrayNode().add(geometry.path("coordinates")) : geometry.path("coordinates");
        StringBuilder d = new StringBuilder();
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                ring(d, ring);
            }
        }
        if (d.isEmpty()) {
            return;
        }
        boolean occupied = "occupied".equals(layer);
        svg.append("<path class=\"layer-").append(layer).append("\" data-name=\"")
                .append(escape(feature.path("properties").path("name").asString(""))).append("\" fill-rule=\"evenodd\" fill=\"")
                .append(occupied ? "#c0392b" : "#fbfaf6").append("\" fill-opacity=\"").append(occupied ? "0.45" : "1")
                .append("\" stroke=\"").append(occupied ? "#922b21" : "#7a7a7a").append("\" stroke-width=\"")
                .append(occupied ? "0.8" : "1").append("\" d=\"").append(d).append("\"/>");
    }

    /** Appends one ring, skipping rings entirely outside the view and points that fall on the same pixel. */
    private void ring(StringBuilder d, JsonNode ring) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (JsonNode p : ring) {
            double lon = p.get(0).asDouble(), lat = p.get(1).asDouble();
            minX = Math.min(minX, lon);
            maxX = Math.max(maxX, lon);
            minY = Math.min(minY, lat);
            maxY = Math.max(maxY, lat);
        }
        if (maxX < west || minX > east || maxY < south || minY > north) {
            return;
        }
        long lastX = Long.MIN_VALUE, lastY = Long.MIN_VALUE;
        boolean first = true;
        for (JsonNode p : ring) {
            long x = Math.round(x(p.get(0).asDouble()) * 2);
            long y = Math.round(y(p.get(1).asDouble()) * 2);
            if (x == lastX && y == lastY) {
                continue;
            }
            d.append(first ? 'M' : 'L').append(fmt(x / 2.0)).append(' ').append(fmt(y / 2.0));
            first = false;
            lastX = x;
            lastY = y;
        }
        d.append('Z');
    }

    double x(double longitude) {
        return (longitude - west) * xScale;
    }

    double y(double latitude) {
        return (north - latitude) * yScale;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
