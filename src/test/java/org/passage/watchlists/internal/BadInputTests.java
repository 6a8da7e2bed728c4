package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.InvalidWatchlistInput;

/** Broken sources fail with an error that names the line (or element) and the field. */
class BadInputTests {

    @TempDir
    Path folder;

    @Test
    void malformedJsonNamesItsLine() {
        Path file = Fixtures.write(folder, "e.json", "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n"
                + "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"name\": [\"B\"]\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.FTM, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("e.json line 2").hasMessageContaining("malformed JSON");
    }

    @Test
    void ftmEntityWithoutSchemaNamesTheField() {
        Path file = Fixtures.write(folder, "e.json", "{\"id\": \"a\", \"properties\": {\"name\": [\"A\"]}}\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.FTM, file)).isInstanceOf(InvalidWatchlistInput.class)
                .satisfies(e -> assertThat(((InvalidWatchlistInput) e).field()).isEqualTo("schema"))
                .hasMessageContaining("line 1");
    }

    @Test
    void truncatedXmlNamesWhereItEnds() throws IOException {
        String xml = Files.readString(Fixtures.resource("watchlists/un-consolidated-excerpt.xml"));
        Path file = Fixtures.write(folder, "un.xml", xml.substring(0, xml.length() / 2));
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UN_XML, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("un.xml line").hasMessageContaining("truncated");
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() {
        Path file = Fixtures.write(folder, "un.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UN_XML, file)).isInstanceOf(InvalidWatchlistInput.class);
    }

    @Test
    void csvWithAMissingColumnNamesIt() {
        Path file = Fixtures.write(folder, "uk.csv", "Unique ID,Nom,Type\nRUS0001,X,Individual\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UK_CSV, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("uk.csv line 1").hasMessageContaining("field Name");
    }

    @Test
    void csvRowWithTheWrongFieldCountNamesItsLine() {
        Path file = Fixtures.write(folder, "uk.csv", "Unique ID,Name,Type\nRUS0001,X,Individual\nRUS0002,Y\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UK_CSV, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("uk.csv line 3").hasMessageContaining("2 fields where the header has 3");
    }

    @Test
    void unclosedQuoteNamesTheLineItOpensOn() {
        Path file = Fixtures.write(folder, "uk.csv", "Unique ID,Name,Type\nRUS0001,\"X,Individual\n\n\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UK_CSV, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("uk.csv line 2").hasMessageContaining("not closed");
    }

    @Test
    void ofacRowWithTooFewColumnsAndOutOfOrderIdsAreRefused() {
        Path bad = folder.resolve("a");
        Path unordered = folder.resolve("b");
        try {
            Files.createDirectories(bad);
            Files.createDirectories(unordered);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Fixtures.write(bad, "sdn.csv", "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\",-0- \r\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.OFAC_CSV, bad)).hasMessageContaining("sdn.csv line 2").hasMessageContaining("3 fields");
        Fixtures.write(unordered, "sdn.csv", "2,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n1,\"B\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.OFAC_CSV, unordered)).hasMessageContaining("line 2").hasMessageContaining("ent_num");
    }

    @Test
    void emptyFilesAreRefused() {
        Path csv = Fixtures.write(folder, "empty.csv", "");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.EU_CSV, csv)).isInstanceOf(InvalidWatchlistInput.class).hasMessageContaining("empty");
        Path json = Fixtures.write(folder, "empty.json", "");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.OFAC_JSON, json)).isInstanceOf(InvalidWatchlistInput.class);
        Path xml = Fixtures.write(folder, "empty.xml", "");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UN_XML, xml)).isInstanceOf(InvalidWatchlistInput.class);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, "Unique ID,Name,Type\nRUS0001,M\u00fcller,Individual\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.UK_CSV, file)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void mappingNamingAColumnTheFileLacksFailsOnLineOne() {
        Path csv = Fixtures.write(folder, "x.csv", "Ref,Name\n1,A\n");
        Path mapping = Fixtures.write(folder, "m.properties", "id=Ref\nproperty.name=Name\nproperty.birthDate=DOB\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.CSV, csv, mapping)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("x.csv line 1").hasMessageContaining("field DOB");
        Path unknown = Fixtures.write(folder, "u.properties", "property.name=Name\nproperty.shoeSize=Ref\n");
        assertThatThrownBy(() -> Fixtures.read(ImportFormat.CSV, csv, unknown)).isInstanceOf(InvalidWatchlistInput.class)
                .hasMessageContaining("shoeSize");
    }
}
