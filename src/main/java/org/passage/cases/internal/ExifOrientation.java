package org.passage.cases.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The one thing of a JPEG's EXIF worth keeping: which way up the picture is (tag 0x0112). Phones store portrait photos
 * turned and say so there; since re-encoding drops the EXIF, the turn is applied to the pixels instead. Anything it
 * cannot read counts as upright.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation (1–8) from the first EXIF segment before the image data, 1 when there is none. */
    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                int length = u16(jpeg, i + 2, false);
                if (marker == 0xE1 && length > 8 && new String(jpeg, i + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("Exif\0\0")) {
                    return orientation(jpeg, i + 10, i + 2 + length);
                }
                i += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static int orientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + 12 * e;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned and mirrored as its orientation says, so that it shows upright without EXIF. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        var t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        var turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, t, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (u16(b, at, true) | (long) u16(b, at + 2, true) << 16) : ((long) u16(b, at, false) << 16 | u16(b, at + 2, false));
    }
}
