package org.passage.units.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.Map;
import org.passage.units.internal.SourceRecords.Skipped;

/**
 * Any bytes as a source file, for each parser: it either reads rows or refuses with an {@link ImportProblem}
 * naming the place; nothing else escapes (no NullPointerException, no index errors, no endless loop).
 */
class UnitSourceParsersFuzzTests {

    private static final SourceSink SINK = new SourceSink() {
        @Override
        public void skipped(Skipped skipped) {
        }
    };

    @FuzzTest(maxDuration = "10s")
    void uawardata(FuzzedDataProvider data) {
        String header = data.consumeBoolean() ? "date,lat,lng,unit,subordinate_to,country\n" : "date,lat,lng,unit,type_of_btg,country\n";
        refusedOrRead(() -> UnitSourceParsers.uawardataUnits(new StringReader(header + data.consumeRemainingAsString()), "units_all.csv", SINK));
    }

    @FuzzTest(maxDuration = "10s")
    void uawardataBtgsAndWiki(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        refusedOrRead(() -> UnitSourceParsers.uawardataBtgs(new StringReader("date,lat,lng,unit,type_of_btg,country\n" + text), "btgs_all.csv", SINK));
        refusedOrRead(() -> UnitSourceParsers.uawardataWiki(new StringReader("strength,unit,unitnumber,subordinate_to,wikidata,wikipedia\n" + text),
                "units_wiki.csv", SINK));
    }

    @FuzzTest(maxDuration = "10s")
    void deepState(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        refusedOrRead(() -> UnitSourceParsers.deepState(new StringReader(
                "snapshot_utc,kind,name_uk,name_en,deepstate_key,military_unit_number,lon,lat,style_url,name_raw\n" + text), "deepstate.csv", SINK));
    }

    @FuzzTest(maxDuration = "10s")
    void rumiloc(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        refusedOrRead(() -> UnitSourceParsers.rumiloc(new StringReader("table,country,location,oblast,service,main_user,state,lat,lon\n" + text),
                "rumiloc.csv", SINK));
    }

    @FuzzTest(maxDuration = "10s")
    void bellingcat(FuzzedDataProvider data) {
        String sources = data.consumeString(500);
        String events = data.consumeRemainingAsString();
        refusedOrRead(() -> IncidentParsers.bellingcatSources(new StringReader(sources), "export_sources.json").size());
        refusedOrRead(() -> IncidentParsers.bellingcatEvents(new StringReader(events), "export_events.json", Map.of(), SINK));
    }

    @FuzzTest(maxDuration = "10s")
    void cir(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        refusedOrRead(() -> IncidentParsers.cirEvents(new StringReader(
                "entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,link,geolocation\n" + text),
                "events.csv", SINK));
    }

    private interface Parse {
        long run();
    }

    private static void refusedOrRead(Parse parse) {
        try {
            parse.run();
        } catch (ImportProblem expected) {
            // a structural fault, reported with its place
        }
    }
}
