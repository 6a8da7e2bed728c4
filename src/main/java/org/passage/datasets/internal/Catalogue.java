package org.passage.datasets.internal;

import static org.passage.datasets.DatasetFile.Format.CSV;
import static org.passage.datasets.DatasetFile.Format.GEOJSON;
import static org.passage.datasets.DatasetFile.Format.JSON;
import static org.passage.datasets.DatasetFile.Format.JSON_LINES;
import static org.passage.datasets.DatasetFile.Format.TSV;
import static org.passage.datasets.DatasetFile.Format.XML;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetFile;

/**
 * Every dataset Passage relies on, as its folder's SOURCES.md in the shared data describes it. Paths are those of
 * the shared data layout, so that {@code --from ../shared/data} and a mirror laid out like it load the same files.
 * Licences decide {@code shippable}: only public-domain and openly licensed data may be bundled or redistributed.
 */
final class Catalogue {

    private static final long MB = 1024 * 1024;
    private static final String BELLINGCAT = "https://raw.githubusercontent.com/johanbove/bellingcat-ukraine/0a4ee9d7a3c8d818af6a820877e9fd5bc2fbcec5/export/";
    private static final String UAWARDATA = "https://raw.githubusercontent.com/simonhuwiler/uawardata/";

    static final List<Dataset> ALL = List.of(
            new Dataset("ofac-sdn", "OFAC Specially Designated Nationals list (SDN, legacy CSV)", "US Treasury, Office of Foreign Assets Control",
                    URI.create("https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists"),
                    "US government work, public domain", true, "ofac-sdn",
                    List.of(DatasetFile.of("2021-07-07_legacy/sdn.csv", "https://www.treasury.gov/ofac/downloads/sdn.csv", CSV, 60 * MB),
                            DatasetFile.of("2021-07-07_legacy/alt.csv", "https://www.treasury.gov/ofac/downloads/alt.csv", CSV, 60 * MB),
                            DatasetFile.of("2021-07-07_legacy/add.csv", "https://www.treasury.gov/ofac/downloads/add.csv", CSV, 60 * MB)), ""),
            new Dataset("un-sc-consolidated", "UN Security Council consolidated sanctions list", "United Nations Security Council",
                    URI.create("https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list"),
                    "UN public information, free to reuse with attribution", true, "un-sc-consolidated",
                    List.of(DatasetFile.of("UN_consolidated_2026-02-27.xml", "https://scsanctions.un.org/resources/xml/en/consolidated.xml", XML, 40 * MB)), ""),
            new Dataset("uk-sanctions", "UK sanctions list", "UK Foreign, Commonwealth & Development Office",
                    URI.create("https://www.gov.uk/government/publications/the-uk-sanctions-list"),
                    "Open Government Licence v3.0 (Crown copyright, attribution)", true, "uk-sanctions",
                    List.of(), "the FCDO's own UK-Sanctions-List.csv (https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv) has a layout"
                            + " Passage does not read yet; load the FCDO spreadsheet export as CSV from a folder (--from)"),
            new Dataset("eu-fsf", "EU financial sanctions (Official Journal, OpenSanctions transcription)", "European Union; transcribed by OpenSanctions",
                    URI.create("https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions"),
                    "CC BY-NC 4.0 (OpenSanctions transcription; the acts themselves are EU law)", false, "eu-sanctions-oj", List.of(),
                    "the EU's own file needs a per-user token; load the transcription from a folder (--from)"),
            new Dataset("opensanctions-ftm", "OpenSanctions Russia-related collections (FollowTheMoney)", "OpenSanctions Datenbanken GmbH",
                    URI.create("https://www.opensanctions.org/datasets/"), "CC BY-NC 4.0 (non-commercial; a commercial user needs an OpenSanctions licence)",
                    false, "opensanctions-ftm",
                    // the ZALA Aero sanctions cluster as OpenSanctions publishes it in yente's fixtures (SOURCES.md); an installation with
                    // an OpenSanctions licence loads its own export of a larger collection from a folder instead
                    List.of(DatasetFile.of("yente-fixtures/zala/entities.ftm.json",
                            "https://raw.githubusercontent.com/opensanctions/yente/916a474c078bb21c27ed1854f3476a854f1b8ab5/tests/fixtures/dataset/zala/entities.ftm.json",
                            JSON_LINES, 2000 * MB)), ""),
            new Dataset("occupied-territory-deepstate", "Occupied territory of Ukraine, daily polygons (DeepStateMap)",
                    "DeepStateMap (deepstatemap.live), as published by cyterat/deepstate-map-data",
                    URI.create("https://github.com/cyterat/deepstate-map-data"),
                    "repository GPL-3.0; map data © DeepStateMap, no data licence stated", false, "occupied-territory/deepstate-cyterat",
                    List.of(DatasetFile.of("deepstatemap_data_20240714.geojson",
                                    "https://raw.githubusercontent.com/cyterat/deepstate-map-data/main/data/deepstatemap_data_20240714.geojson", GEOJSON, 20 * MB),
                            // then every day after the newest file held, up to today (a day without a file is no error)
                            DatasetFile.of("deepstatemap_data_" + DatasetFile.DAY + ".geojson",
                                    "https://raw.githubusercontent.com/cyterat/deepstate-map-data/main/data/deepstatemap_data_%7ByyyyMMdd%7D.geojson", GEOJSON, 20 * MB)),
                    ""),
            new Dataset("occupied-territory-nzz", "Occupied territory of Ukraine 2022–2026 (NZZ front-line map)",
                    "Neue Zürcher Zeitung, via conflict-investigations/nzz-maps", URI.create("https://github.com/conflict-investigations/nzz-maps"),
                    "none stated (map data © NZZ)", false, "occupied-territory/nzz", List.of(),
                    "published as query JSON that Passage's layout converts to GeoJSON; load it from a folder (--from)"),
            new Dataset("occupied-territory-ordlo", "Areas of Donetsk and Luhansk held before 2022 (DeepStateMap raw layers)",
                    "DeepStateMap, via DanielRose2310/deepstatemaps-history", URI.create("https://github.com/DanielRose2310/deepstatemaps-history"),
                    "none stated (data © DeepStateMap)", false, "occupied-territory/deepstate-raw-monthly", List.of(),
                    "monthly snapshots named by capture time; load them from a folder (--from)"),
            new Dataset("gazetteer", "GeoNames places of Russia, Ukraine and transit countries", "GeoNames (geonames.org)",
                    URI.create("https://www.geonames.org/"), "CC BY 4.0 (attribute GeoNames)", true, "gazetteer", List.of(),
                    "filtered from GeoNames' cities500 dump; Passage ships a copy; load updates from a folder (--from)"),
            new Dataset("boundaries-geoboundaries", "Ukraine oblasts and raions (geoBoundaries gbOpen UKR ADM1/ADM2)", "geoBoundaries, William & Mary geoLab",
                    URI.create("https://www.geoboundaries.org/"), "gbOpen (CC BY 4.0 generally; Ukraine's source licence not checked)", false,
                    "boundaries/geoboundaries-ukr",
                    List.of(DatasetFile.of("geoBoundaries-UKR-ADM1_simplified.geojson",
                                    "https://github.com/wmgeolab/geoBoundaries/raw/main/releaseData/gbOpen/UKR/ADM1/geoBoundaries-UKR-ADM1_simplified.geojson", GEOJSON, 50 * MB),
                            DatasetFile.of("geoBoundaries-UKR-ADM2.geojson",
                                    "https://github.com/wmgeolab/geoBoundaries/raw/main/releaseData/gbOpen/UKR/ADM2/geoBoundaries-UKR-ADM2.geojson", GEOJSON, 100 * MB)), ""),
            new Dataset("boundaries-natural-earth", "Country outlines (Natural Earth via world-atlas 2.0.2)", "Natural Earth; packaged by Mike Bostock",
                    URI.create("https://www.naturalearthdata.com/"), "public domain (packaging ISC)", true, "boundaries/natural-earth-world-atlas",
                    List.of(DatasetFile.of("countries-10m.json", "https://cdn.jsdelivr.net/npm/world-atlas@2.0.2/countries-10m.json", JSON, 40 * MB)), ""),
            new Dataset("incidents-bellingcat", "Civilian harm in Ukraine (Bellingcat)", "Bellingcat, via johanbove/bellingcat-ukraine",
                    URI.create("https://ukraine.bellingcat.com/"), "none stated", false, "incidents/bellingcat-civilian-harm",
                    // the mirror stopped in 2023: pinned to the commit SOURCES.md names
                    List.of(DatasetFile.of("export_events.json", BELLINGCAT + "export_events.json", JSON, 50 * MB),
                            DatasetFile.of("export_sources.json", BELLINGCAT + "export_sources.json", JSON, 50 * MB),
                            DatasetFile.of("export_associations.json", BELLINGCAT + "export_associations.json", JSON, 50 * MB)), ""),
            new Dataset("incidents-cir", "Russia-Ukraine monitor (Centre for Information Resilience)", "Centre for Information Resilience, via mauforonda/ukraine",
                    URI.create("https://maphub.net/Cen4infoRes/russian-ukraine-monitor"), "none stated", false, "incidents/cir-russia-ukraine-monitor",
                    // collection ended in December 2022: pinned to the commit SOURCES.md names
                    List.of(DatasetFile.of("events.csv",
                            "https://raw.githubusercontent.com/mauforonda/ukraine/534a8bebd41215a2d17e02142cae15178ea8b9d1/events.csv", CSV, 100 * MB)), ""),
            new Dataset("unit-positions-deepstate", "Russian unit positions by week (DeepStateMap layers)", "DeepStateMap, via DanielRose2310/deepstatemaps-history",
                    URI.create("https://deepstatemap.live/"), "none stated (data © DeepStateMap)", false, "military-units/deepstate-unit-positions", List.of(),
                    "extracted from the raw map layers; load it from a folder (--from)"),
            new Dataset("units-uawardata", "Russian units, BTGs and positions 2022 (uawardata)", "Henry Schlottman (uawardata.com), via simonhuwiler/uawardata",
                    URI.create("https://uawardata.com/"), "free to use with citation (no licence file)", false, "military-units/uawardata",
                    // the last update (2022-09-14), and units_wiki.csv from the last commit that had it
                    List.of(DatasetFile.of("units_all.csv", UAWARDATA + "12c87ac49d14cac106c0352f80d898f9699731a4/data/csv/units_all.csv", CSV, 50 * MB),
                            DatasetFile.of("btgs_all.csv", UAWARDATA + "12c87ac49d14cac106c0352f80d898f9699731a4/data/csv/btgs_all.csv", CSV, 50 * MB),
                            DatasetFile.of("units_wiki.csv", UAWARDATA + "89a0a45a6b3218681896fb64f28dda4837e50400/data/csv/units_wiki.csv", CSV, 50 * MB)), ""),
            new Dataset("installations-rumiloc", "Russian military installations (RUMILOC)", "RUMILOC, via synth-me/ru-osint-mcp",
                    URI.create("https://github.com/synth-me/ru-osint-mcp"), "none stated", false, "military-units/rumiloc-installations", List.of(),
                    "extracted from a SQLite database; load it from a folder (--from)"));

    private Catalogue() {
    }

    static Optional<Dataset> byName(List<Dataset> catalogue, String name) {
        return catalogue.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
