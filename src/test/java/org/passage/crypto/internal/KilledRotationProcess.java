package org.passage.crypto.internal;

import java.util.UUID;
import org.passage.PassageApplication;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * A second JVM for {@link KilledRotationIntegrationTests}: starts Passage on the test's database, rotates one
 * organization's data key in batches of one value, says so after the first batch and then waits to be killed.
 */
public final class KilledRotationProcess {

    static final String READY = "REENCRYPTING";

    private KilledRotationProcess() {
    }

    public static void main(String[] args) {
        var app = new SpringApplication(PassageApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        var context = app.run(args);
        UUID organization = UUID.fromString(System.getProperty("rotation.organization"));
        context.getBean(KeyRotation.class).rotateDataKey(organization, true, 1, new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID org, long done, long total, double valuesPerSecond) {
                System.out.println(READY + " " + column.table() + "." + column.column() + " " + done + "/" + total);
                System.out.flush();
                try {
                    Thread.sleep(600_000); // until SIGKILL
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
