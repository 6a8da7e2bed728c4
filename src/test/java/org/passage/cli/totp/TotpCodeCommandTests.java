package org.passage.cli.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import picocli.CommandLine;

/** {@code passage totp KEY} as a newcomer types it: a good key prints six digits, a mistyped one says what a key is. */
@ExtendWith(OutputCaptureExtension.class)
class TotpCodeCommandTests {

    @Test
    void aKeyWithAnotherCharacterIsNamedWithoutAStackTraceOrTheKey(CapturedOutput output) {
        int code = new CommandLine(new TotpCodeCommand()).execute("JBSWY3DPEHPK3PX1");
        assertThat(code).isEqualTo(2);
        assertThat(output.getErr()).contains("error: KEY is not a base32 key", "A to Z", "2 to 7")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("JBSWY3DPEHPK3PX1");
    }

    @Test
    void aKeyAsTheEnrolmentPageShowsItPrintsSixDigits(CapturedOutput output) {
        assertThat(new CommandLine(new TotpCodeCommand()).execute("jbsw y3dp-ehpk 3pxp")).isZero();
        assertThat(output.getOut().strip()).matches("\\d{6}");
    }
}
