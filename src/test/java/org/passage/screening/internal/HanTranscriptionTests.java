package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanTranscriptionTests {

    @Test
    void aCharacterStandsForTheSoundsOfTheTablesAndTheirSpellings() {
        assertThat(HanTranscription.table().sounds("季".codePointAt(0))).contains("ti", "di", "t");
        assertThat(HanTranscription.table().sounds("赫".codePointAt(0))).contains("kh", "h");
        assertThat(HanTranscription.table().sounds("扬".codePointAt(0))).contains("yan", "ian", "jan");
        assertThat(HanTranscription.table().sounds("习".codePointAt(0))).isEmpty();
    }

    @Test
    void aConventionalFormIsOneUnit() {
        var form = HanTranscription.table().formAt("亚历山德罗维奇", 0);
        assertThat(form).isNotNull();
        assertThat(form.getKey()).isEqualTo("亚历山");
        assertThat(HanTranscription.table().formAt("亚历山大", 0).getKey()).isEqualTo("亚历山大");
        assertThat(HanTranscription.table().formAt("卡列林", 0)).isNull();
    }

    @Test
    void spellingsOfOneSound() {
        assertThat(HanTranscription.spellings("khya")).contains("khya", "hya", "khia", "hja");
        assertThat(HanTranscription.spellings("ty")).contains("ti");
    }
}
