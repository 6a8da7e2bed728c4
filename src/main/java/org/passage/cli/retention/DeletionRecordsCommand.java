package org.passage.cli.retention;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.retention.DeletionRecord;
import org.passage.retention.Retention;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage retention records --organization ID}: prints an organization's deletion records and checks each signature. */
@Command(name = "records", mixinStandardHelpOptions = true,
        description = "Print an organization's deletion records and verify their signatures. Exit code 1 if one does not verify.")
@ApplicationCommand
public final class DeletionRecordsCommand implements Callable<Integer> {

    @Option(names = "--organization", required = true, description = "The organization (uuid).")
    @Nullable UUID organization;

    @Option(names = "--case-code", description = "Only the record of this case code (compared by its hash).")
    @Nullable String caseCode;

    @Nullable Retention retention;

    @Autowired
    void setRetention(Retention retention) {
        this.retention = retention;
    }

    public DeletionRecordsCommand() {
    }

    @Override
    public Integer call() {
        if (retention == null || organization == null) {
            throw new IllegalStateException("the application context did not provide retention");
        }
        String wanted = caseCode == null ? null : DeletionRecord.caseCodeHash(organization, caseCode);
        int bad = 0;
        int shown = 0;
        for (DeletionRecord record : retention.records(organization)) {
            if (wanted != null && !wanted.equals(record.caseCodeHash())) {
                continue;
            }
            boolean ok = retention.verifies(record);
            bad += ok ? 0 : 1;
            shown++;
            System.out.print(record.statement());
            System.out.println("signature: key " + record.keyId() + ", " + (ok ? "verifies" : "DOES NOT VERIFY"));
            System.out.println();
        }
        System.out.println(shown + " deletion records" + (bad == 0 ? ", all verify." : ", " + bad + " do not verify."));
        return bad == 0 ? 0 : 1;
    }
}
