package io.tickflow.sinks.partition;

import java.io.ByteArrayOutputStream;

/**
 * Generalised UTF-8 ("WTF-8"): UTF-8 that also carries unpaired surrogates as the 3-byte form of their code unit.
 * Standard UTF-8 codecs replace unpaired surrogates with {@code ?}, which would break the round trip of
 * {@link PathSafeTicker}. Decoding is lenient (it accepts overlong forms); callers re-encode to check.
 */
final class Wtf8 {

    private Wtf8() {
    }

    /** The 1 to 4 bytes of one code point (a lone surrogate counts as a code point). */
    static byte[] bytesOf(int codePoint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4);
        if (codePoint < 0x80) {
            out.write(codePoint);
        } else if (codePoint < 0x800) {
            out.write(0xC0 | (codePoint >> 6));
            out.write(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            out.write(0xE0 | (codePoint >> 12));
            out.write(0x80 | ((codePoint >> 6) & 0x3F));
            out.write(0x80 | (codePoint & 0x3F));
        } else {
            out.write(0xF0 | (codePoint >> 18));
            out.write(0x80 | ((codePoint >> 12) & 0x3F));
            out.write(0x80 | ((codePoint >> 6) & 0x3F));
            out.write(0x80 | (codePoint & 0x3F));
        }
        return out.toByteArray();
    }

    /**
     * Decodes bytes into a string.
     *
     * @throws IllegalArgumentException on a bad lead byte, a missing continuation byte or a code point above U+10FFFF
     */
    static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int length = sequenceLength(lead);
            if (i + length > bytes.length) {
                throw new IllegalArgumentException("truncated UTF-8 sequence");
            }
            int codePoint = length == 1 ? lead : lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw new IllegalArgumentException("missing UTF-8 continuation byte");
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            out.appendCodePoint(codePoint);
            i += length;
        }
        return out.toString();
    }

    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC0 && lead < 0xE0) {
            return 2;
        }
        if (lead >= 0xE0 && lead < 0xF0) {
            return 3;
        }
        if (lead >= 0xF0 && lead < 0xF8) {
            return 4;
        }
        throw new IllegalArgumentException("bad UTF-8 lead byte " + lead);
    }
}
