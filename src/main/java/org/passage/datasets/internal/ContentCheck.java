package org.passage.datasets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.DatasetFile.Format;
import org.passage.datasets.DatasetUpdateException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a retrieved file is what it claims to be before anything trusts it — not an HTML error page, not
 * cut short, parseable as its format — and counts its records: GeoJSON features, XML entries (elements two
 * levels under the root), JSON array items (or an {@code entries} array), lines of JSON lines, CSV rows.
 */
final class ContentCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentCheck() {
    }

    /** The format a file in a data folder has by its name, or null for files that are not checked (notes, ODS). */
    static @Nullable Format byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".geojson")) {
            return Format.GEOJSON;
        }
        if (lower.endsWith(".ftm.json") || lower.endsWith(".delta.json")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".xml")) {
            return Format.XML;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        return lower.endsWith(".tsv") ? Format.TSV : null;
    }

    /** The number of records; throws naming {@code where} (dataset and address) when the content is wrong. */
    static long records(String where, Format format, Path file) {
        try {
            if (Files.size(file) == 0 && format == Format.JSON_LINES) {
                return 0; // an empty delta or collection is a valid FollowTheMoney file
            }
            if (Files.size(file) == 0) {
                throw new DatasetUpdateException(where + ": empty file");
            }
            if (looksLikeHtml(file)) {
                throw new DatasetUpdateException(where + ": an HTML page instead of " + format);
            }
            return switch (format) {
                case GEOJSON -> geoJson(where, file);
                case JSON -> json(where, file);
                case XML -> xml(where, file);
                case JSON_LINES -> jsonLines(where, file);
                case CSV, TSV -> lines(file) - 1;
            };
        } catch (IOException e) {
            throw new DatasetUpdateException(where + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean looksLikeHtml(Path file) throws IOException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") || start.startsWith("<body");
    }

    private static long geoJson(String where, Path file) throws IOException {
        JsonNode root = tree(where, file, "GeoJSON");
        if (!"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            throw new DatasetUpdateException(where + ": not a GeoJSON FeatureCollection");
        }
        return root.path("features").size();
    }

    private static long json(String where, Path file) throws IOException {
        JsonNode root = tree(where, file, "JSON");
        if (root.isArray()) {
            return root.size();
        }
        for (String name : new String[] {"entries", "features", "objects"}) {
            if (root.path(name).isArray() || root.path(name).isObject()) {
                return root.path(name).size();
            }
        }
        return root.size();
    }

    private static JsonNode tree(String where, Path file, String what) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            throw new DatasetUpdateException(where + ": not valid " + what + " (truncated or corrupt): " + e.getOriginalMessage(), e);
        }
    }

    private static long jsonLines(String where, Path file) throws IOException {
        long count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                try {
                    JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new DatasetUpdateException(where + ": line " + count + " is not valid JSON (truncated or corrupt)", e);
                }
            }
        }
        return count;
    }

    private static long xml(String where, Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long count = 0;
        int depth = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    if (depth == 1 && reader.getLocalName().equalsIgnoreCase("html")) {
                        throw new DatasetUpdateException(where + ": an HTML page instead of XML");
                    }
                    if (depth == 3) {
                        count++;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new DatasetUpdateException(where + ": not valid XML (truncated or corrupt): " + e.getMessage(), e);
        }
        return count;
    }

    private static long lines(Path file) throws IOException {
        long count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            while (reader.readLine() != null) {
                count++;
            }
        }
        return count;
    }
}
