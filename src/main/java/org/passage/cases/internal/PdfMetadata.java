package org.passage.cases.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Removes what a PDF tells beyond its pages: the Info dictionary (author, software, dates), XMP metadata
 * streams and private application data (PieceInfo), and writes the file anew so that earlier revisions kept
 * by incremental saves are gone too. A PDF that carries active or hidden content (JavaScript, XFA forms, actions that
 * submit a form, open a web address, open or launch another file, embedded or attached files, media) is refused, as is
 * an encrypted one: neither can be checked or cleaned safely. Refused, not neutralised: whoever needs the pages prints
 * them to a new PDF, and nothing half-disarmed is ever stored.
 */
final class PdfMetadata {

    /** Keys whose presence anywhere means active or hidden content (XFA forms carry their own scripts). */
    private static final Set<COSName> ACTIVE = Set.of(COSName.getPDFName("JS"), COSName.JAVA_SCRIPT,
            COSName.EMBEDDED_FILES, COSName.getPDFName("EF"), COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));
    /**
     * Action types, file specifications and annotation kinds that run something, send something or reach outside the
     * file: a form submitted, a web address opened, another file opened (on a network share that leaks the reader's
     * Windows credentials), a program launched, media played.
     */
    private static final Set<COSName> ACTIVE_VALUES = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"), COSName.EMBEDDED_FILE,
            COSName.getPDFName("FileAttachment"), COSName.getPDFName("RichMedia"), COSName.getPDFName("ImportData"),
            COSName.getPDFName("SubmitForm"), COSName.URI, COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"),
            COSName.FILESPEC, COSName.getPDFName("URL"), COSName.getPDFName("Sound"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Rendition"), COSName.getPDFName("Screen"), COSName.getPDFName("3D"));
    private static final Set<COSName> METADATA = Set.of(COSName.METADATA, COSName.PIECE_INFO);

    private PdfMetadata() {
    }

    static byte[] strip(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new InvalidCaseInput("file", "cases.documents.error.pdfEncrypted");
            }
            var trailer = document.getDocument().getTrailer();
            trailer.removeItem(COSName.INFO);
            clean(trailer);
            var out = new ByteArrayOutputStream(content.length);
            // uncompressed cross-reference and objects: what is stored can be checked with any text tool
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new InvalidCaseInput("file", "cases.documents.error.pdfEncrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCaseInput refused) {
                throw refused;
            }
            throw new InvalidCaseInput("file", "cases.documents.error.broken");
        }
    }

    /** Walks every object reachable from the trailer once: drops metadata keys, refuses active content. */
    private static void clean(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var todo = new ArrayDeque<COSBase>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                for (COSName key : Set.copyOf(dictionary.keySet())) {
                    COSName value = dictionary.getCOSName(key);
                    if (ACTIVE.contains(key) || value != null && ACTIVE_VALUES.contains(value)) {
                        throw new InvalidCaseInput("file", "cases.documents.error.pdfActive");
                    }
                    if (METADATA.contains(key)) {
                        dictionary.removeItem(key);
                    } else {
                        todo.push(dictionary.getItem(key));
                    }
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
    }
}
