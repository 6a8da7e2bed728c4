package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeSvgTests {

    @Test
    void drawsAnInlineSvgWithoutAnyExternalReference() {
        String svg = QrCodeSvg.svg(LoginSteps.otpauthUri("anna", new byte[20]));
        assertThat(svg).startsWith("<svg").contains("<path").doesNotContain("href", "<script", "style=");
        assertThat(QrCodeSvg.dataUri("x")).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void otpauthUriCarriesTheBase32SecretAndIssuer() {
        assertThat(LoginSteps.otpauthUri("anna.k", new byte[]{'f', 'o', 'o', 'b', 'a', 'r'}))
                .isEqualTo("otpauth://totp/Passage%3Aanna.k?secret=MZXW6YTBOI&issuer=Passage&algorithm=SHA1&digits=6&period=30");
    }
}
