package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Brands built from the characters of the meaning table, Pinyin syllables and English words (random text would almost
 * never hit them): reading a brand by sound and by meaning never fails, counts no more consonants than syllables, and a
 * translation never grows a name.
 */
class HanBrandsFuzzTests {

    private static final String[] PIECES = {"新", "龍", "龙", "星", "林", "美", "卡利诺", "思", "科技", "有限公司", "深圳", "New", "Dragon", "Star",
        "L", "M", "Kalinor", "xinlong", "Technology", "Co", " ", "-", "7"};

    @FuzzTest(maxDuration = "20s")
    void readingAnyBrandIsSafe(FuzzedDataProvider data) {
        String[] syllables = new String[data.consumeInt(0, 8)];
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = data.consumeAsciiString(6).toLowerCase(java.util.Locale.ROOT);
        }
        String latin = data.consumeAsciiString(40).toLowerCase(java.util.Locale.ROOT);
        assertThat(HanBrands.strongConsonants(syllables, latin)).isBetween(-1, syllables.length);

        String a = build(data);
        String b = build(data);
        NameParser parser = new NameParser();
        ParsedName pa = parser.parse(a);
        ParsedName pb = parser.parse(b);
        if (pa == null || pb == null) {
            return;
        }
        ParsedName translated = HanBrands.translated(pa.asOrganization(), pb.asOrganization());
        assertThat(translated.size()).isBetween(1, pa.size());
        assertThat(NameComparison.compare(pa, pb, true).score()).isBetween(0.0, 1.0);
    }

    private static String build(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int p : data.consumeInts(10)) {
            sb.append(PIECES[Math.floorMod(p, PIECES.length)]);
        }
        return sb.toString();
    }
}
