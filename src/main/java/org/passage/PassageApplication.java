package org.passage;

import java.time.Clock;
import org.passage.cli.CommandRunner;
import org.passage.cli.PassageCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The application; {@link #main} is the {@code passage} command line, which starts Spring only when a command needs it. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PassageApplication {

    /** One clock for the whole application, so that tests can control time (check-in escalation, lockouts). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        int exitCode = new CommandRunner(PassageApplication.class, new PassageCommand()).run(args);
        if (exitCode != CommandRunner.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
