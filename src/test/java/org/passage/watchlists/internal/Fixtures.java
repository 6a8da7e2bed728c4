package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ListedEntity;

/** The committed watchlist fixtures, and a way to read any of them (or a string) through an importer. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            var url = Fixtures.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path ofacDemo() {
        return resource("watchlists/demo/ofac-russia/sdn.csv").getParent();
    }

    static List<ListedEntity> read(ImportFormat format, Path path) {
        return read(format, path, null);
    }

    static List<ListedEntity> read(ImportFormat format, Path path, Path mapping) {
        List<ListedEntity> entities = new ArrayList<>();
        SourceFiles.of(format, path, mapping, "test").source().read(sourced -> entities.add(EntityRules.check(sourced)));
        return entities;
    }

    static Path write(Path folder, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ListedEntity byId(List<ListedEntity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no entity " + id));
    }
}
