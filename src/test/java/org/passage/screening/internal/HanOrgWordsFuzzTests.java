package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Names built from the characters of the Chinese organisation words, their English phrases and brands (random text
 * would almost never hit them): cutting, joining a phrase into its Chinese word and comparing never fail, and a join
 * never grows a name.
 */
class HanOrgWordsFuzzTests {

    private static final String[] PIECES = {"乳业", "乳業", "水利", "电力", "美国", "亚欧", "九龙", "明远", "华", "有限公司", "集团", "科技", "Water",
        "Conservancy", "Dairy", "Power", "Electric", "Asia", "Europe", "United", "States", "lianhe", "ruye", "shuili", "Mingyuan", "Co", " ", "-", "4"};

    @FuzzTest(maxDuration = "20s")
    void cuttingAndJoiningAnyNameIsSafe(FuzzedDataProvider data) {
        String a = build(data);
        String b = data.consumeBoolean() ? build(data) : data.consumeString(80);
        NameParser parser = new NameParser();
        ParsedName pa = parser.parse(a);
        ParsedName pb = parser.parse(b);
        if (pa == null || pb == null) {
            return;
        }
        ParsedName joined = HanOrgWords.join(pa.asOrganization(), pb.asOrganization());
        assertThat(joined.size()).isBetween(1, pa.size());
        double score = NameComparison.compare(pa, pb, true).score();
        assertThat(score).isBetween(0.0, 1.0);
    }

    private static String build(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int p : data.consumeInts(12)) {
            sb.append(PIECES[Math.floorMod(p, PIECES.length)]);
        }
        return sb.toString();
    }
}
