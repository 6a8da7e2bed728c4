package org.passage.telegram.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The bot speaks Russian and English; Russian for anyone whose Telegram is set to a language of the region. */
enum Language {
    RU, EN;

    static Language fromTelegram(@Nullable String languageCode) {
        if (languageCode == null) {
            return EN;
        }
        String code = languageCode.toLowerCase(Locale.ROOT);
        return code.startsWith("ru") || code.startsWith("uk") || code.startsWith("be") || code.startsWith("kk")
                || code.startsWith("ky") || code.startsWith("hy") ? RU : EN;
    }

    Language other() {
        return this == RU ? EN : RU;
    }

    Locale locale() {
        return this == RU ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
