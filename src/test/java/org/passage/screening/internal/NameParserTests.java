package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameParserTests {

    private final NameParser parser = new NameParser();

    private byte roleOf(String name, String token) {
        ParsedName parsed = parser.parse(name);
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.tokens()[i].text().equals(token)) {
                return parsed.roles()[i];
            }
        }
        throw new AssertionError(token + " not in " + name);
    }

    @Test
    void patronymicsAreRecognisedInEveryScriptAndOrder() {
        assertThat(roleOf("Щербаков Александр Юрьевич", "yuryevich")).isEqualTo(ParsedName.PATRONYMIC);
        assertThat(roleOf("Aleksandr Yurievich Shcherbakov", "yurievich")).isEqualTo(ParsedName.PATRONYMIC);
        assertThat(roleOf("Malyshev Mykhailo Hryhorovych", "hryhorovych")).isEqualTo(ParsedName.PATRONYMIC);
        assertThat(roleOf("Иванова Мария Петровна", "petrovna")).isEqualTo(ParsedName.PATRONYMIC);
        assertThat(roleOf("Щербаков Александр Юрьевич", "shcherbakov")).isEqualTo(ParsedName.OTHER);
    }

    @Test
    void aSurnameWithAPatronymicEndingIsNotTakenForOne() {
        assertThat(roleOf("Лукашевич Александр Григорьевич", "lukashevich")).isEqualTo(ParsedName.OTHER);
        assertThat(roleOf("Andrei Aliaksandravich Lahunovich", "lahunovich")).isEqualTo(ParsedName.OTHER);
    }

    @Test
    void patronymicsKnowTheFathersName() {
        NameToken hryhorovych = parser.token("григорович");
        NameToken grigorievich = parser.token("grigorievich");
        assertThat(hryhorovych.fatherGroups()).isNotEmpty().containsAnyElementsOf(grigorievich.fatherGroups());
    }

    @Test
    void givenNamesAndDiminutivesFindTheirGroup() {
        assertThat(parser.token("саша").givenGroups()).contains("aleksandr");
        assertThat(parser.token("sasha").givenGroups()).contains("aleksandr");
        assertThat(parser.token("oleksandr").givenGroups()).contains("aleksandr");
        assertThat(roleOf("Sasha Scherbakow", "sasha")).isEqualTo(ParsedName.GIVEN);
    }

    @Test
    void legalFormsQuotesAndPrepositionsAreDropped() {
        ParsedName russian = parser.parse("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «РОМАШКА»");
        ParsedName english = parser.parse("Romashka LLC");
        assertThat(russian.size()).isEqualTo(1);
        assertThat(english.size()).isEqualTo(1);
        assertThat(russian.tokens()[0].forms()).containsAnyElementsOf(english.tokens()[0].forms());
        assertThat(parser.parse("ООО \"\"")).isNull();
    }

    @Test
    void initialsAreKeptAsInitials() {
        assertThat(roleOf("M.C. Haney", "m")).isEqualTo(ParsedName.INITIAL);
    }

    @Test
    void hugeInputIsBounded() {
        ParsedName parsed = parser.parse("Иван ".repeat(5000) + "x".repeat(10_000));
        assertThat(parsed.size()).isLessThanOrEqualTo(NameParser.MAX_TOKENS);
        assertThat(parser.parse("\u0000\u0007 \t")).isNull();
    }

    @Test
    void aHebrewGereshOrApostropheStaysWithItsLetter() {
        assertThat(NameParser.words("ג׳ורג׳ בוש")).containsExactly("ג׳ורג׳", "בוש");
        assertThat(NameParser.words("ג'ורג' בוש")).containsExactly("ג׳ורג׳", "בוש");
        assertThat(NameParser.words("Sa'id")).containsExactly("Said");
    }

    @Test
    void anArabicWordIsAParticleOnlyWhenItsOwnLettersAre() {
        // عابد (Abed) romanises as the Latin particle Abd; it is a name
        assertThat(roleOf("عابد حامد محمود", "abd")).isEqualTo(ParsedName.OTHER);
        assertThat(roleOf("Abd al-Rahman Hamid", "abd")).isEqualTo(ParsedName.PARTICLE);
        assertThat(roleOf("Ahmad Abd", "abd")).isEqualTo(ParsedName.PARTICLE);
    }

    @Test
    void saidInArabicLettersIsNoTitle() {
        // سید (Sayyid) is a title in Latin letters (Sayed), but not among the Arabic ones: titles are looked up by their
        // romanisation, which سعید (Said, Saeed) shares
        assertThat(parser.parse("محمد سعید").size()).isEqualTo(2);
    }
}
