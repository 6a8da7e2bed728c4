package org.passage.cli.dossier;

import org.jspecify.annotations.Nullable;
import org.passage.crypto.PublicSigningKey;
import org.passage.dossier.DossierVerification.Verdict;
import org.passage.dossier.DossierVerification;
import org.passage.dossier.SignatureFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code passage dossier verify FILE [--signature FILE.sig] [--public-key KEY]}: checks a dossier's signature
 * offline (no database, no network) and prints who signed it, when, the export id and the profile. Exit codes:
 * 0 valid; 1 tampered file, bad signature or another key; 2 unreadable input; 3 no public key given, so
 * nothing could be vouched for.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, description = "Dossiers exported for authorities.",
        subcommands = DossierCommand.Verify.class)
public final class DossierCommand {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;
    public static final int KEY_NOT_GIVEN = 3;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a dossier PDF against its signature file and the organization's public key, offline.")
    public static final class Verify implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the dossier PDF")
        Path pdf;

        @Option(names = "--signature", paramLabel = "FILE.sig", description = "the signature file (default: FILE.sig beside the PDF)")
        @Nullable Path signature;

        @Option(names = "--public-key", paramLabel = "KEY", description = "the organization's published public key (JSON)")
        @Nullable Path publicKey;

        @Override
        public Integer call() {
            return run(System.out, System.err);
        }

        int run(PrintStream out, PrintStream err) {
            Path sigPath = signature != null ? signature : pdf.resolveSibling(pdf.getFileName() + ".sig");
            byte[] document;
            SignatureFile sig;
            PublicSigningKey key = null;
            try {
                document = Files.readAllBytes(pdf);
                sig = SignatureFile.parse(Files.readAllBytes(sigPath));
                if (publicKey != null) {
                    key = PublicSigningKey.parse(Files.readString(publicKey, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                err.println("error: cannot read " + e.getMessage());
                return UNREADABLE;
            } catch (SignatureFile.Unreadable e) {
                err.println("error: " + sigPath + ": " + e.getMessage());
                return UNREADABLE;
            } catch (IllegalArgumentException e) {
                err.println("error: " + publicKey + ": " + e.getMessage());
                return UNREADABLE;
            }
            Verdict verdict = DossierVerification.verify(document, sig, key);
            switch (verdict) {
                case VALID -> {
                    out.println("VALID: " + pdf.getFileName() + " is unchanged since " + sig.organization() + " signed it.");
                    facts(out, sig);
                    return VALID;
                }
                case TAMPERED -> {
                    err.println("INVALID: " + pdf.getFileName() + " is not the file that was signed (its SHA-256 differs): "
                            + "it was altered or it is another file. Do not rely on it.");
                    return INVALID;
                }
                case WRONG_KEY -> {
                    err.println("INVALID: the signature was made with key " + sig.keyId() + " (fingerprint " + sig.keyFingerprint()
                            + "), not with the public key given (fingerprint " + key.fingerprint() + "). Do not rely on it.");
                    return INVALID;
                }
                case BAD_SIGNATURE -> {
                    err.println("INVALID: the signature does not hold under the public key given: the signature file was altered "
                            + "or forged. Do not rely on it.");
                    return INVALID;
                }
                default -> {
                    err.println("NOT VERIFIED: the PDF matches its signature file, but without the organization's public key "
                            + "(--public-key) nobody can tell who made that file. The file claims:");
                    facts(err, sig);
                    return KEY_NOT_GIVEN;
                }
            }
        }

        private static void facts(PrintStream out, SignatureFile sig) {
            out.println("  signed by:   " + sig.organization() + " (key " + sig.keyId() + ", fingerprint " + sig.keyFingerprint() + ")");
            out.println("  exported by: " + sig.exportedBy() + " for " + sig.recipient());
            out.println("  exported at: " + sig.exportedAt());
            out.println("  case:        " + sig.caseCode());
            out.println("  export id:   " + sig.exportId());
            out.println("  profile:     " + sig.profile() + ", language " + sig.language());
            out.println("  pdf sha-256: " + sig.pdfSha256());
        }
    }
}
