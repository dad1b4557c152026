package io.importexport.emulator.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * A TrueType font shipped in the jar (beside its licence), embedded as a subset into each document that uses it.
 * Embedding a font of our own leaves PDFBox's process-wide font mapper alone: the standard fonts would make it scan
 * the machine's fonts, and a host JVM that embeds the emulator must not see that.
 */
final class DocumentFont {
    static final DocumentFont SANS = new DocumentFont("DejaVuSans.ttf");
    static final DocumentFont SANS_BOLD = new DocumentFont("DejaVuSans-Bold.ttf");
    /** For what the DejaVu fonts lack: Chinese and Japanese (Droid Sans Fallback), then Korean (Nanum Gothic Coding). */
    static final List<DocumentFont> FALLBACKS = List.of(new DocumentFont("DroidSansFallbackFull.ttf"),
            new DocumentFont("NanumGothicCoding.ttf"));

    private final String file;
    private volatile byte[] bytes;
    private volatile BitSet covered;

    private DocumentFont(String file) {
        this.file = file;
    }

    /** Whether the font has a glyph for the character. */
    boolean covers(int codePoint) {
        return coverage().get(codePoint);
    }

    /** The font, to embed (as the subset the document uses) into {@code document}. */
    PDType0Font loadInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(bytes()), true);
    }

    private BitSet coverage() {
        BitSet coverage = covered;
        if (coverage == null) {
            synchronized (this) {
                if (covered == null) {
                    covered = readCoverage();
                }
                coverage = covered;
            }
        }
        return coverage;
    }

    private BitSet readCoverage() {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()))) {
            BitSet coverage = new BitSet();
            var cmap = font.getUnicodeCmapLookup();
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (cmap.getGlyphId(codePoint) != 0) {
                    coverage.set(codePoint);
                }
            }
            return coverage;
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + file + " in the jar cannot be read", e);
        }
    }

    private byte[] bytes() {
        byte[] read = bytes;
        if (read == null) {
            try (InputStream in = DocumentFont.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the jar");
                }
                read = in.readAllBytes();
                bytes = read;
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + file + " in the jar cannot be read", e);
            }
        }
        return read;
    }
}
