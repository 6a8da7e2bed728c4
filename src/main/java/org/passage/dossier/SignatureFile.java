package org.passage.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The detached signature of a dossier, {@code <name>.pdf.sig}: a short UTF-8 text that says who exported which
 * case for whom and when, the PDF's SHA-256, the signing key's id and fingerprint, and on its last line the
 * Ed25519 signature (base64) over every line above it. Signing that statement rather than the bare PDF
 * authenticates the facts printed by {@code passage dossier verify} too. The parser is strict (fixed field
 * order, no unknown or repeated field, no control characters, at most {@link #MAX_BYTES}) because the file
 * comes from outside.
 */
public record SignatureFile(String organization, UUID exportId, String caseCode, String profile, String language, String exportedBy,
                            String recipient, Instant exportedAt, String fileName, String pdfSha256, String keyId, String keyFingerprint,
                            byte[] signature) {

    public static final String FIRST_LINE = "Passage dossier signature v1";
    public static final int MAX_BYTES = 8192;
    private static final List<String> FIELDS = List.of("organization", "export-id", "case", "profile", "language", "exported-by",
            "recipient", "exported-at", "file-name", "pdf-sha256", "key-id", "key-fingerprint");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{4}( [0-9a-f]{4}){15}");
    private static final int MAX_VALUE = 300;

    /** A signature file that cannot be read; the message names the line at fault. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    public SignatureFile {
        for (String value : new String[]{organization, caseCode, profile, language, exportedBy, recipient, fileName}) {
            value(Objects.requireNonNull(value, "a signature file field"), "field");
        }
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        if (!SHA256.matcher(pdfSha256).matches() || !KEY_ID.matcher(keyId).matches() || !FINGERPRINT.matcher(keyFingerprint).matches()) {
            throw new Unreadable("pdf-sha256, key-id or key-fingerprint is malformed");
        }
        if (signature == null || signature.length == 0 || signature.length > 512) {
            throw new Unreadable("the signature is missing or too long");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signed statement: every line but the signature, each ending in a line feed. */
    public byte[] statement() {
        return statement(organization, exportId, caseCode, profile, language, exportedBy, recipient, exportedAt, fileName, pdfSha256,
                keyId, keyFingerprint);
    }

    public static byte[] statement(String organization, UUID exportId, String caseCode, String profile, String language, String exportedBy,
                            String recipient, Instant exportedAt, String fileName, String pdfSha256, String keyId, String keyFingerprint) {
        List<String> values = List.of(organization, exportId.toString(), caseCode, profile, language, exportedBy, recipient,
                exportedAt.toString(), fileName, pdfSha256, keyId, keyFingerprint);
        var text = new StringBuilder(FIRST_LINE).append('\n');
        for (int i = 0; i < FIELDS.size(); i++) {
            text.append(FIELDS.get(i)).append(": ").append(value(values.get(i), FIELDS.get(i))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        String last = "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
        byte[] head = statement();
        byte[] tail = last.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /** Reads a signature file; anything else is {@link Unreadable} with the line at fault. */
    public static SignatureFile parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("not a dossier signature file: larger than " + MAX_BYTES + " bytes");
        }
        String text = decode(bytes);
        if (!text.endsWith("\n")) {
            throw new Unreadable("not a dossier signature file: it does not end with a line feed");
        }
        List<String> lines = new ArrayList<>(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
        if (lines.isEmpty() || !FIRST_LINE.equals(lines.getFirst())) {
            throw new Unreadable("not a dossier signature file: line 1 must be '" + FIRST_LINE + "'");
        }
        if (lines.size() != FIELDS.size() + 2) {
            throw new Unreadable("a dossier signature file has " + (FIELDS.size() + 2) + " lines, this one " + lines.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            values.put(FIELDS.get(i), field(lines.get(i + 1), FIELDS.get(i), i + 2));
        }
        String signature = field(lines.getLast(), "signature", lines.size());
        try {
            return new SignatureFile(values.get("organization"), UUID.fromString(values.get("export-id")), values.get("case"),
                    values.get("profile"), values.get("language"), values.get("exported-by"), values.get("recipient"),
                    Instant.parse(values.get("exported-at")), values.get("file-name"), values.get("pdf-sha256"), values.get("key-id"),
                    values.get("key-fingerprint"), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Unreadable("a value of the signature file is malformed (export-id, exported-at or signature)");
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Unreadable("not a dossier signature file: not UTF-8 text");
        }
    }

    private static String field(String line, String name, int number) {
        String prefix = name + ": ";
        if (!line.startsWith(prefix)) {
            throw new Unreadable("line " + number + " must start with '" + prefix + "'");
        }
        try {
            return value(line.substring(prefix.length()), name);
        } catch (Unreadable e) {
            throw new Unreadable("line " + number + ": " + e.getMessage());
        }
    }

    private static String value(String value, String name) {
        if (value.isEmpty() || value.length() > MAX_VALUE || !value.strip().equals(value)
                || value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new Unreadable(name + " must be 1 to " + MAX_VALUE + " characters without control characters or surrounding spaces");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SignatureFile[export " + exportId + ", key " + keyId + "]";
    }
}
