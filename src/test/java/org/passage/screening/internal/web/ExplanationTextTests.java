package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ExplanationTextTests {

    private static ExplanationText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ExplanationText(messages);
    }

    @Test
    void theEnginesSentencesAreReadInThePagesLanguage() {
        ExplanationText text = text();
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(text.read("name 1 of the query against name 2 of the entry", ru)).isEqualTo("имя 1 запроса против имени 2 записи");
        assertThat(text.read("given name: ivan ~ iwan", ru)).isEqualTo("имя: ivan ~ iwan");
        assertThat(text.read("a name part differs on each side; patronymics differ", ru))
                .isEqualTo("с каждой стороны есть несовпадающая часть имени; отчества различаются");
        assertThat(text.read("a short name (7 letters) matches", ru)).isEqualTo("совпадает короткое имя (7 букв)");
        assertThat(text.read("shared nationality or country ru", Locale.FRENCH)).isEqualTo("nationalité ou pays commun ru");
    }

    @Test
    void englishAndUnknownSentencesStayAsWritten() {
        ExplanationText text = text();
        assertThat(text.read("name 1 of the query against name 2 of the entry", Locale.ENGLISH)).isEqualTo("name 1 of the query against name 2 of the entry");
        assertThat(text.read("a rule written tomorrow", Locale.forLanguageTag("ru"))).isEqualTo("a rule written tomorrow");
        assertThat(text.read("Person vs Company", Locale.forLanguageTag("ru"))).isEqualTo("Person vs Company");
    }

    @Test
    void everyRuleTheEngineWritesHasARussianWording() {
        // the reasons of Contradictions and NameComparison, as the engine writes them
        ExplanationText text = text();
        Locale ru = Locale.forLanguageTag("ru");
        for (String rule : new String[] {"given names differ", "initials differ", "only generic words match", "a one-word name of a person",
                "only given names or patronymics match", "a given name answered by an initial", "no comparable name", "same date of birth"}) {
            assertThat(text.read(rule, ru)).as(rule).isNotEqualTo(rule).doesNotContainPattern("[a-z]{3}");
        }
    }

    /**
     * The page names each feature in words ({@code screening.feature.*}); one without them was shown as its code
     * ({@code name.translated}, {@code identifier.strong}) to a caseworker. Every kind of word match the engine has, and
     * every feature name its classes write, has its words in each language.
     */
    @Test
    void everyFeatureTheEngineGivesHasWordsInEachLanguage() throws Exception {
        java.util.Set<String> features = new java.util.TreeSet<>();
        for (Object kind : Class.forName("org.passage.screening.internal.TokenMatch").getEnumConstants()) {
            features.add("name." + ((Enum<?>) kind).name().toLowerCase(Locale.ROOT));
        }
        var literal = java.util.regex.Pattern.compile("\"((?:name|birth_date|country|identifier|schema)(?:\\.[a-z_]+)?)\"");
        try (var sources = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/passage/screening/internal"))) {
            for (var file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    features.add(m.group(1));
                }
            }
        }
        features.removeIf(f -> !f.contains(".") && !f.equals("name")); // a property name ("country"), not a feature
        assertThat(features).contains("name.translated", "identifier.strong", "birth_date.conflict");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.FRENCH}) {
            for (String feature : features) {
                String words = messages.getMessage("screening.feature." + feature, null, null, locale);
                assertThat(words).as(feature + " in " + locale).isNotNull();
                if (!locale.equals(Locale.ENGLISH)) {
                    assertThat(words).as(feature + " in " + locale)
                            .isNotEqualTo(messages.getMessage("screening.feature." + feature, null, null, Locale.ROOT));
                }
            }
        }
    }

    @Test
    void anEntrysTopicsAreWordsNotCodes() {
        ExplanationText text = text();
        assertThat(text.topics(java.util.List.of("sanction", "role.pep"), Locale.forLanguageTag("ru")))
                .isEqualTo("под санкциями, публичное должностное лицо");
        assertThat(text.topics(java.util.List.of("crime.war"), Locale.ENGLISH)).isEqualTo("war crimes");
        assertThat(text.topics(java.util.List.of("a.topic.of.tomorrow"), Locale.forLanguageTag("ru"))).isEqualTo("a.topic.of.tomorrow");
    }
}
