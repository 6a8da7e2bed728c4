package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizerTests {

    @Test
    void aRussianNameIsWrittenInEverySystemListsUse() {
        assertThat(Romanizer.romanize("щербаков"))
                .startsWith("shcherbakov") // BGN/PCGN first
                .contains("chtcherbakov") // French (MVD 310 fr)
                .contains("schtscherbakow"); // German (Duden)
        assertThat(Romanizer.romanize("юлия")).contains("iuliia", "yuliya"); // ICAO 9303, BGN/PCGN
    }

    @Test
    void ukrainianAndBelarusianLettersGoThroughTheirOwnTables() {
        assertThat(Romanizer.romanize("олександр")).contains("oleksandr");
        assertThat(Romanizer.romanize("григорович")).contains("hryhorovych");
        assertThat(Romanizer.romanize("аляксандравіч")).isNotEmpty();
    }

    @Test
    void latinLosesItsAccentsButKeepsSlavicSounds() {
        assertThat(Romanizer.romanize("ščerbakov")).containsExactly("shtsherbakov");
        assertThat(Romanizer.romanize("gérard")).containsExactly("gerard");
    }

    @Test
    void lookalikeLettersFromTheOtherScriptAreRead() {
        // "Аreshev" with a Cyrillic А, as found in real lists
        assertThat(Romanizer.romanize("аreshev")).containsExactly("areshev");
    }

    @Test
    void scriptsAreDetected() {
        assertThat(Scripts.of("Щербаков")).isEqualTo(Scripts.CYRILLIC);
        assertThat(Scripts.of("Shcherbakov")).isEqualTo(Scripts.LATIN);
        assertThat(Scripts.of("马里奥")).isEqualTo(Scripts.OTHER);
        assertThat(Scripts.of("--")).isEqualTo(Scripts.NONE);
    }
}
