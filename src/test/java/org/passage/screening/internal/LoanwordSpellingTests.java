package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanwordSpellingTests {

    @ParameterizedTest
    @CsvSource({"poilievre, pwalievre", "beaurain, boren", "clapot, clapo", "auroi, orwa", "jose, zhoze", "mireille, mireyu",
            "murphy, murfi", "maurizio, mauritsio", "gurulev, gurulyof", "gorbachev, gorbachof", "javier, havier",
            "olivier, olivie", "braley, brali", "tagouh, tagu", "gonord, gonor", "hollande, olande", "muttaqi, muttaki",
            "george, jorj", "james, jeims", "johnson, jonsen", "nixon, niksen", "anderson, aendersen", "biden, baiden", "brown, braun",
            "jones, jons", "charles, charls", "seafood, sifud"})
    void aNameIsRespelledAsOneOfItsLanguagesSaysIt(String latin, String said) {
        assertThat(LoanwordSpelling.said(latin)).contains(said);
    }

    @ParameterizedTest
    @CsvSource({"a", "mirko"})
    void aWordNoRuleChangesHasNoRespelling(String latin) {
        assertThat(LoanwordSpelling.said(latin)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"푸알리브르, poilievre", "ピエール, pierre", "ポワリエーヴル, poilievre", "普瓦列弗尔, poilievre", "구룰료프, gurulev",
            "보랭, beaurain", "클라포, clapot", "오루아, auroi", "조제, jose", "미레유, mireille", "墨菲, murphy", "마우리치오, maurizio", "브레일리, braley", "穆塔基, muttaqi",
            "고르바초프, gorbachev", "슈발로프, shuvalov", "이고리, igor", "빅토리야, viktoria", "다니엘, danielle", "브리지드, bridgid", "馬達夫, madhav",
            "조지, george", "제임스, james", "존슨, johnson", "닉슨, nixon", "앤더슨, anderson", "바이든, biden", "브라운, brown", "존스, jones",
            "찰스, charles", "ジョージ, george", "ゲイツ, gates"})
    void aTranscriptionByEarReadsAsTheNameSaid(String syllables, String latin) {
        SoundReading reading = SoundReading.of(syllables);
        assertThat(reading).isNotNull();
        boolean read = reading.readAs(latin);
        for (String said : LoanwordSpelling.said(latin)) {
            read |= reading.readAs(said);
        }
        assertThat(read).as("%s as %s", syllables, latin).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"푸알리브르, pollock", "보랭, brown", "클라포, clifford", "조제, george", "墨菲, morse", "구룰료프, gromov"})
    void anotherNameSaidAlikeDoesNot(String syllables, String latin) {
        SoundReading reading = SoundReading.of(syllables);
        boolean read = reading.readAs(latin);
        for (String said : LoanwordSpelling.said(latin)) {
            read |= reading.readAs(said);
        }
        assertThat(read).as("%s as %s", syllables, latin).isFalse();
    }
}
