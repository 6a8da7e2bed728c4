package org.passage.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page's message with arguments ({@code #{key(${x})}}) is formatted by Java's MessageFormat, where a lone apostrophe
 * starts a quoted run: "Il n'est affiché qu'une fois … {0} heures" came out without its apostrophes and with "{0}" as
 * written. Every such message of every language must keep its apostrophes and fill every argument. Read from the
 * templates, so a message used so later is held to it too.
 */
class MessageApostrophesTests {

    private static final Pattern WITH_ARGUMENTS = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\(");

    @Test
    void aMessageWithArgumentsKeepsItsApostrophesAndFillsEveryArgument() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = WITH_ARGUMENTS.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_fr.properties", "messages_ru.properties")) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : keys) {
                String pattern = messages.getProperty(key);
                if (pattern == null) {
                    continue;
                }
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, "X");
                String shown = new MessageFormat(pattern, Locale.ROOT).format(args);
                long apostrophes = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
                if (shown.matches("(?s).*\\{\\d.*") || shown.chars().filter(c -> c == '\'').count() != apostrophes) {
                    broken.add(name + " " + key + " → " + shown);
                }
            }
        }
        assertThat(broken).as("apostrophes of messages formatted with arguments must be doubled ('')").isEmpty();
    }
}
