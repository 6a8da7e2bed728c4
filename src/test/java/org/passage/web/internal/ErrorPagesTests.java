package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The session-ended page never shows back a secret: every field any page asks a password, a passphrase or a one-time
 * code in is one {@link ErrorPages#secretField} drops. Read from the templates, so a form added later is held to it.
 */
class ErrorPagesTests {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern SECRET_INPUT = Pattern.compile(
            "type=\"password\"|autocomplete=\"(current-password|new-password|one-time-code)\"");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

    @Test
    void everyPasswordFieldOfEveryPageIsASecretField() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var inputs = INPUT.matcher(Files.readString(file));
                while (inputs.find()) {
                    var name = NAME.matcher(inputs.group());
                    if (SECRET_INPUT.matcher(inputs.group()).find() && name.find()) {
                        names.add(name.group(1));
                    }
                }
            }
        }
        // the change-password form's current password ("current") was shown back in clear
        assertThat(names).contains("password", "confirmation", "current", "passphrase")
                .allSatisfy(name -> assertThat(ErrorPages.secretField(name)).as(name).isTrue());
    }

    @Test
    void freeTextFieldsAreNotSecrets() {
        assertThat(List.of("body", "note", "whatWasDone", "summary", "name")).noneMatch(ErrorPages::secretField);
    }
}
