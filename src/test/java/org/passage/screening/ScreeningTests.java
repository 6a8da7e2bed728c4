package org.passage.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.watchlists.ListedEntity;

/** The name rules of issue 4, each through the public API, plus screening through the index. */
class ScreeningTests {

    private static Screening screening;

    @BeforeAll
    static void index() {
        screening = Screening.of(List.of(
                person("e1", "Щербаков Александр Юрьевич", "1991-03-02"),
                person("e2", "Щербакова Анна Сергеевна", "1985-07-11"),
                person("e3", "Aleksandr Petrovich Kuznetsov", "1970"),
                person("e4", "Ivan Sergeyevich Morozov", "1966-01-20"),
                person("e5", "Olena Kovalenko", null),
                org("o1", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"РОМАШКА\"", "7701234567"),
                org("o2", "Vasilek JSC", null)));
    }

    @AfterAll
    static void close() {
        screening.close();
    }

    static ListedEntity person(String id, String name, String birthDate) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", List.of(name));
        if (birthDate != null) {
            p.put("birthDate", List.of(birthDate));
        }
        return new ListedEntity(id, "Person", name, p, "test");
    }

    static ListedEntity org(String id, String name, String inn) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", List.of(name));
        if (inn != null) {
            p.put("innCode", List.of(inn));
        }
        return new ListedEntity(id, "Company", name, p, "test");
    }

    static Hit compare(String query, String listed) {
        return Screening.compare(person("q", query, null), person("l", listed, null), Screening.DEFAULT_THRESHOLD);
    }

    static boolean has(Hit hit, String feature) {
        return hit.features().stream().anyMatch(f -> f.name().equals(feature));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shcherbakov Aleksandr", "Chtcherbakov Alexandre", "Schtscherbakow Alexander", "Oleksandr Shcherbakov",
            "Sasha Scherbakow", "Aleksandr Yurievich SHCHERBAKOV", "Ščerbakov Aleksandr Jur'evič", "Shcherbakov Oleksandr Yuriiovych"})
    void everyWayOfWritingTheApplicantsNameMatches(String variant) {
        assertThat(compare("Щербаков Александр Юрьевич", variant).match()).isTrue();
    }

    @Test
    void aJapaneseNameInKanjiThatTheDictionaryDoesNotKnowIsNotCheckedRatherThanUnmatched() {
        // 髙 (a variant of 高) is in no name of the dictionary: the name has no reading
        assertThat(Screening.unreadableNames(person("q", "髙山 きよし", null))).containsExactly("髙山 きよし");
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", List.of("髙山清司", "高山清司", "Kiyoshi Takayama"));
        p.put("nationality", List.of("jp"));
        assertThat(Screening.unreadableNames(new ListedEntity("q", "Person", "髙山清司", p, "test"))).containsExactly("髙山清司");
        // a name the dictionary knows is read, and so checked
        assertThat(Screening.unreadableNames(person("q", "高山 きよし", null))).isEmpty();
        // Chinese in Han characters and Japanese in kana are read
        assertThat(Screening.unreadableNames(person("q", "习近平", null))).isEmpty();
        assertThat(Screening.unreadableNames(person("q", "タカヤマ キヨシ", null))).isEmpty();
    }

    @Test
    void aJapaneseNameInKanjiMatchesItsHepburnSpellingInAnyOfItsReadings() {
        assertThat(compare("高山清司", "Kiyoshi Takayama").match()).isTrue();
        assertThat(compare("高山清司", "TAKAYAMA Seiji").match()).isTrue();
        assertThat(compare("江田憲司", "Kenji Eda").match()).isTrue();
        assertThat(compare("高山清司", "Kenji Eda").match()).isFalse();
        assertThat(compare("高山清司", "Kiyoshi Tanaka").match()).isFalse();
    }

    @Test
    void foreignNamesTranscribedIntoChineseMatchTheirLatinSpelling() {
        assertThat(compare("亚历山大·卡列林", "Aleksandr Karelin").match()).isTrue();
        assertThat(compare("塔季扬娜·布茨卡娅", "Tatyana Butskaya").match()).isTrue();
        assertThat(compare("伊万·彼得罗夫", "Ivan Petrov").match()).isTrue();
        assertThat(compare("伊万·彼得罗夫", "Ivan Sidorov").match()).isFalse();
        assertThat(compare("塔季扬娜·布茨卡娅", "Tatyana Butova").match()).isFalse();
    }

    @Test
    void namesTranscribedIntoSyllablesMatchTheirLatinSpelling() {
        assertThat(compare("빅토르 흐레닌", "Viktor Khrenin").match()).isTrue();
        assertThat(compare("マクシム・ウヴァロフ", "Maksim Uvarov").match()).isTrue();
        assertThat(compare("Ιγκόρ Σουβάλοφ", "Igor Shuvalov").match()).isTrue();
        assertThat(compare("빅토르 흐레닌", "Hassan Karimi").match()).isFalse();
    }

    @Test
    void theIndexFindsANameTranscribedIntoSyllablesAndBack() {
        try (Screening list = Screening.of(List.of(person("v", "Viktor Khrenin", null), person("m", "Maksim Uvarov", null),
                person("k", "빅토르 흐레닌", null), person("x", "Ivan Petrov", null), person("y", "Hassan Karimi", null)))) {
            assertThat(list.screen(person("q", "빅토르 흐레닌", null), 5).stream().filter(Hit::match).map(Hit::entityId)).contains("v", "k");
            assertThat(list.screen(person("q", "マクシム・ウヴァロフ", null), 5).stream().filter(Hit::match).map(Hit::entityId)).containsExactly("m");
            assertThat(list.screen(person("q", "Viktor Khrenin", null), 5).stream().filter(Hit::match).map(Hit::entityId)).contains("v", "k");
        }
    }

    @Test
    void koreanChineseAndJapaneseNamesMatchTheirRomanisations() {
        assertThat(compare("김영철", "Kim Young-chul").match()).isTrue();
        assertThat(compare("김영철", "KIM Yong Chol").match()).isTrue();
        assertThat(compare("이명박", "Lee Myung-bak").match()).isTrue();
        assertThat(compare("반기문", "Ban Ki-moon").match()).isTrue();
        assertThat(compare("毛泽东", "Mao Tse-tung").match()).isTrue();
        assertThat(compare("毛泽东", "Zedong Mao").match()).isTrue();
        assertThat(compare("张学良", "Chang Hsueh-liang").match()).isTrue();
        assertThat(compare("蒋介石", "Chiang Chieh-shih").match()).isTrue();
        assertThat(compare("サトウ ヨウイチ", "Yoichi Sato").match()).isTrue();
        assertThat(compare("イトウ シュンスケ", "Itoh Syunsuke").match()).isTrue();
        // another given name of the same surname is no match
        assertThat(compare("김영철", "Kim Yong Su").match()).isFalse();
        assertThat(compare("毛泽东", "Mao Zemin").match()).isFalse();
        assertThat(compare("サトウ ヨウイチ", "Sato Yuichi").match()).isFalse();
    }

    @Test
    void aFullChineseOrKoreanNameOfThreeSyllablesIsNotCappedAsAShortName() {
        assertThat(compare("吴海波", "Wu Haibo").match()).isTrue();
        assertThat(compare("전일호", "Jon Il Ho").match()).isTrue();
        // two syllables are still a short name: many share them, so said as listed it is a match to review, no more
        assertThat(compare("陈志", "Chen Zhi").score()).isEqualTo(0.75);
        assertThat(compare("Wu Haibo", "Wu Haibo").score()).isLessThanOrEqualTo(0.75);
        assertThat(compare("吴海波", "Wu Haibo").score()).isGreaterThan(0.75);
    }

    @Test
    void theIndexFindsAKoreanOrChineseNameAmongNamesakes() {
        try (Screening list = Screening.of(List.of(person("a", "Kim Young-chul", null), person("b", "Kim Yong Su", null),
                person("c", "Kim Jong-un", null), person("d", "Kim Il Sung", null), person("e", "Kim Chol", null),
                person("f", "Chang Hsueh-liang", null), person("g", "Chang Tso-lin", null), person("h", "Zhang Wei", null),
                person("i", "김영철", null)))) {
            assertThat(list.screen(person("q", "김영철", null), 5).stream().filter(Hit::match).map(Hit::entityId)).contains("a", "i")
                    .doesNotContain("b", "c", "d", "e");
            assertThat(list.screen(person("q", "Kim Yong-chol", null), 5).stream().filter(Hit::match).map(Hit::entityId)).contains("a", "i");
            assertThat(list.screen(person("q", "张学良", null), 5).stream().filter(Hit::match).map(Hit::entityId)).containsExactly("f");
        }
    }

    @Test
    void transliterationIsExplainedAsSuch() {
        Hit hit = compare("Щербаков Александр", "Chtcherbakov Alexandre");
        assertThat(has(hit, "name.transliteration")).isTrue();
    }

    @Test
    void diminutivesMatchTheFullName() {
        Hit hit = compare("Саша Щербаков", "Aleksandr Shcherbakov");
        assertThat(hit.match()).isTrue();
        assertThat(has(hit, "name.given_name_variant")).isTrue();
    }

    @Test
    void patronymicsAreNeutralWhenMissingAndCountAgainstWhenDifferent() {
        assertThat(compare("Щербаков Александр Юрьевич", "Aleksandr Shcherbakov").score()).isGreaterThan(0.9);
        Hit different = compare("Щербаков Александр Юрьевич", "Aleksandr Petrovich Shcherbakov");
        assertThat(different.score()).isLessThan(compare("Щербаков Александр Юрьевич", "Aleksandr Shcherbakov").score());
    }

    @Test
    void gendedSurnameFormsAreRecognised() {
        Hit hit = compare("Ковальская Анна", "Anna Kovalskiy");
        assertThat(has(hit, "name.gendered_form")).isTrue();
        assertThat(has(compare("Иванова Мария", "Maria Ivanov"), "name.gendered_form")).isTrue();
    }

    @Test
    void anyOrderOfTheParts() {
        assertThat(compare("SHCHERBAKOV, Aleksandr Yurievich", "Aleksandr Yurievich Shcherbakov").score()).isGreaterThan(0.95);
    }

    @Test
    void typosWithinASmallEditDistanceMatch() {
        Hit hit = compare("Aleksandr Kuznetsov", "Aleksandr Kuzentsov");
        assertThat(hit.match()).isTrue();
        assertThat(has(hit, "name.fuzzy")).isTrue();
        assertThat(compare("Aleksandr Kuznetsov", "Aleksandr Kozlov").match()).isFalse();
    }

    @Test
    void aCommonGivenNameAloneIsNoMatch() {
        assertThat(compare("Александр", "Aleksandr Shcherbakov").match()).isFalse();
        assertThat(compare("Aleksandr Yurievich", "Aleksandr Yurievich Shcherbakov").match()).isFalse();
        assertThat(compare("Aleksandr Ivanov", "Aleksandr Shcherbakov").match()).isFalse();
    }

    @Test
    void birthDatesConfirmOrContradict() {
        ListedEntity listed = person("l", "Aleksandr Shcherbakov", "1991-03-02");
        Hit same = Screening.compare(person("q", "Щербаков Александр", "1991-03-02"), listed, 0.7);
        Hit yearOnly = Screening.compare(person("q", "Щербаков Александр", "1991"), listed, 0.7);
        Hit conflict = Screening.compare(person("q", "Щербаков Александр", "1965-05-05"), listed, 0.7);
        assertThat(has(same, "birth_date.match")).isTrue();
        assertThat(has(yearOnly, "birth_date.year")).isTrue();
        assertThat(conflict.match()).isFalse();
        assertThat(has(conflict, "birth_date.conflict")).isTrue();
    }

    @Test
    void sharedIdentifiersCount() {
        ListedEntity a = org("a", "Romashka LLC", "7701234567");
        ListedEntity b = org("b", "ООО Ромашка-Трейд", "7701234567");
        Hit hit = Screening.compare(a, b, 0.7);
        assertThat(has(hit, "identifier.match")).isTrue();
        assertThat(hit.match()).isTrue();
    }

    @Test
    void aSharedRegistrationNumberOutweighsDifferentNames() {
        Hit hit = Screening.compare(org("a", "Ridetech International B.V.", "34257812"), org("b", "Райдтех Интернешнл Б.В.", "34257812"), 0.7);
        assertThat(has(hit, "identifier.strong")).isTrue();
        assertThat(hit.match()).isTrue();
        Hit shortNumber = Screening.compare(org("a", "Alpha LLC", "12345"), org("b", "Omega LLC", "12345"), 0.7);
        assertThat(shortNumber.match()).isFalse();
    }

    @Test
    void militaryUnitNumbersInPositionsAreIdentifiers() {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        listed.put("name", List.of("Petrov Ivan"));
        listed.put("position", List.of("Commander of military unit 45807"));
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("name", List.of("Петров Иван"));
        query.put("militaryUnit", List.of("в/ч 45807"));
        Hit hit = Screening.compare(new ListedEntity("q", "Person", "", query, ""), new ListedEntity("l", "Person", "", listed, ""), 0.7);
        assertThat(hit.features()).anySatisfy(f -> assertThat(f.detail()).contains("military unit 45807"));
    }

    @Test
    void organizationsMatchAcrossLegalFormsAndScripts() {
        assertThat(Screening.compare(org("a", "ООО «Ромашка»", null), org("b", "Romashka LLC", null), 0.7).match()).isTrue();
        assertThat(Screening.compare(org("a", "Romashka LLC", null), org("b", "Vasilek LLC", null), 0.7).match()).isFalse();
    }

    @Test
    void aPersonIsNotACompany() {
        Hit hit = Screening.compare(person("a", "Romashka", null), org("b", "Romashka LLC", null), 0.7);
        assertThat(hit.match()).isFalse();
        assertThat(has(hit, "schema.mismatch")).isTrue();
    }

    @Test
    void aPersonIsNotALegalEntityNamedAsACompany() {
        // OFAC lists companies as "entity", read as LegalEntity: its legal form says it is no man
        ListedEntity bank = new ListedEntity("b", "LegalEntity", "MELLI BANK PLC", Map.of("name", List.of("MELLI BANK PLC")), "test");
        Hit hit = Screening.compare(person("a", "Банк Мелли", null), bank, 0.7);
        assertThat(hit.match()).isFalse();
        assertThat(has(hit, "schema.mismatch")).isTrue();
        // Turkish legal forms: anonim şirketi (joint-stock), limited şirketi (Ltd. Şti.)
        String turkish = "BASLAM PETROL SANAYI VE TICARET ANONIM SIRKETI";
        ListedEntity refinery = new ListedEntity("t", "LegalEntity", turkish, Map.of("name", List.of(turkish)), "test");
        assertThat(Screening.compare(person("a", "Александр Петролай", null), refinery, 0.7).match()).isFalse();
        // a legal entity of a man's name stays comparable with a person
        ListedEntity man = new ListedEntity("c", "LegalEntity", "Ivan Petrov", Map.of("name", List.of("Ivan Petrov")), "test");
        assertThat(Screening.compare(person("a", "Иван Петров", null), man, 0.7).match()).isTrue();
    }

    @Test
    void screeningFindsTheListedPersonFirstWithReasons() {
        List<Hit> hits = screening.screen(person("q", "Sasha Scherbakow", "1991"), 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().entityId()).isEqualTo("e1");
        assertThat(hits.getFirst().match()).isTrue();
        assertThat(hits.getFirst().features()).extracting(Feature::name).contains("name", "birth_date.year");
        assertThat(hits.stream().filter(Hit::match).map(Hit::entityId)).containsExactly("e1");
    }

    @Test
    void screeningFindsOrganizationsAndTyposThroughTheIndex() {
        assertThat(screening.screen(org("q", "Romashka LLC", null), 3).getFirst().entityId()).isEqualTo("o1");
        assertThat(screening.screen(person("q", "Ivan Morozow", null), 3).getFirst().entityId()).isEqualTo("e4");
        assertThat(screening.screen(person("q", "Ivan Mrozov", null), 3).getFirst().entityId()).isEqualTo("e4");
    }

    @Test
    void badQueriesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> screening.screen(person("q", "x".repeat(2000), null), 5)).hasMessageContaining("properties.name");
        assertThatThrownBy(() -> screening.screen(new ListedEntity("q", "Person", "", Map.of(), ""), 5)).hasMessageContaining("properties.name");
        assertThatThrownBy(() -> screening.screen(person("q", "!!!", null), 5)).hasMessageContaining("properties.name");
        assertThatThrownBy(() -> screening.screen(person("q", "Ivan", null), 0)).hasMessageContaining("limit");
    }

    @Test
    void hitsDoNotPrintNames() {
        assertThat(compare("Щербаков Александр", "Aleksandr Shcherbakov").toString()).doesNotContain("Shcherbakov");
    }
}
