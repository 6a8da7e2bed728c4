package org.passage.cases.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a photo tells beyond its pixels: EXIF (GPS position, camera, time), XMP and comments from JPEG;
 * text, EXIF and time chunks from PNG. Works on the file structure without decoding the image, so the
 * picture is unchanged; a file whose structure is broken is refused rather than stored half-cleaned.
 */
final class ImageMetadata {

    /** PNG chunks that carry metadata rather than image. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private ImageMetadata() {
    }

    static byte[] strip(DocumentType type, byte[] content) {
        return switch (type) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case PDF -> content;
        };
    }

    /** Keeps SOI, APP0 (JFIF), APP14 (Adobe colour) and every non-APP segment; drops APP1–APP13, APP15 and COM. */
    static byte[] jpeg(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (true) {
            if (i + 4 > in.length || (in[i] & 0xFF) != 0xFF) {
                throw broken();
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xDA) { // start of scan: the image data follows, copied as it is
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            if (marker == 0xD9) {
                out.write(in, i, 2);
                return out.toByteArray();
            }
            int length = (in[i + 2] & 0xFF) << 8 | in[i + 3] & 0xFF;
            if (length < 2 || i + 2 + length > in.length) {
                throw broken();
            }
            boolean metadata = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE);
            if (!metadata) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
    }

    static byte[] png(byte[] in) {
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        boolean ended = false;
        while (!ended) {
            if (i + 12 > in.length) {
                throw broken();
            }
            long length = ((in[i] & 0xFFL) << 24) | ((in[i + 1] & 0xFF) << 16) | ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12L) {
                throw broken();
            }
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            int total = 12 + (int) length;
            if (!PNG_METADATA.contains(type)) {
                out.write(in, i, total);
            }
            ended = type.equals("IEND");
            i += total;
        }
        return out.toByteArray();
    }

    private static InvalidCaseInput broken() {
        return new InvalidCaseInput("file", "cases.documents.error.broken");
    }
}
