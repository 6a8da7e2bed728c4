package org.passage.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How to run PostgreSQL's programs when this process may be root. PostgreSQL checks {@code geteuid() != 0};
 * inside a user namespace that maps us to uid 1000 that check passes while the files stay ours. Without
 * user namespaces we drop to {@code nobody} with setpriv and give it the server's directory.
 */
sealed interface UnprivilegedRunner {

    List<String> prefix();

    /** Makes {@code home} usable by the account the server runs as. */
    default void prepare(Path home) throws IOException {
    }

    /** Makes one file readable by the server's account. */
    default void handOver(Path file) throws IOException {
    }

    static UnprivilegedRunner detect() {
        if (!isRoot()) {
            return new AsThisUser();
        }
        if (works(List.of("unshare", "-U", "--map-user=1000", "--map-group=1000", "true"))) {
            return new InUserNamespace();
        }
        if (works(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "true"))) {
            return new AsNobody();
        }
        throw new IllegalStateException("running as root, but neither 'unshare -U' nor 'setpriv' can drop privileges for PostgreSQL; "
                + "run Passage as an ordinary user or set PASSAGE_DB_URL to an external PostgreSQL");
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    record AsThisUser() implements UnprivilegedRunner {
        public List<String> prefix() {
            return List.of();
        }
    }

    record InUserNamespace() implements UnprivilegedRunner {
        public List<String> prefix() {
            return List.of("unshare", "-U", "--map-user=1000", "--map-group=1000");
        }
    }

    record AsNobody() implements UnprivilegedRunner {
        public List<String> prefix() {
            return List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        }

        @Override
        public void prepare(Path home) throws IOException {
            UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
            var nobody = users.lookupPrincipalByName("nobody");
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    if (!p.getFileName().toString().equals("superuser-password")) {
                        Files.setOwner(p, nobody);
                    }
                }
            }
        }

        @Override
        public void handOver(Path file) throws IOException {
            Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }
    }
}
