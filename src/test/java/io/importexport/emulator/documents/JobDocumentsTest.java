package io.importexport.emulator.documents;

import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.domain.manifest.Address;
import io.importexport.emulator.testing.Jobs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JobDocumentsTest {
    private static final Address SENDER = new Address("Zoë Müller 東京", "Ἀθῆναι Ωμέγα", "ул. Ленина 1 서울", null, null, "Zürich",
            null, "8001", "+41 44 000 00 00", "Switzerland", "CH");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }

    @Test
    void aLabelPrintsAnyTextAManifestMayHoldInEmbeddedSubsetFonts() throws IOException {
        byte[] pdf = JobDocuments.shippingLabel(new ShippingLabel("shipping-label-AAAAA.pdf", List.of("AAAAA"), Facility.US, SENDER,
                Instant.parse("2026-01-01T00:00:00Z")));
        String text = text(pdf);
        assertThat(text).contains("Zoë Müller 東京", "Ἀθῆναι Ωμέγα", "ул. Ленина 1 서울", "Zürich");
        assertThat(fontNames(pdf)).as("subsets carry a six-letter tag").allMatch(name -> name.matches("[A-Z]{6}\\+.+"))
                .anyMatch(name -> name.contains("DejaVuSans")).anyMatch(name -> name.contains("DroidSansFallback"))
                .anyMatch(name -> name.contains("NanumGothicCoding"));
        assertThat(pdf.length).as("subsets, not 4 MB of CJK glyphs").isLessThan(200_000);
    }

    @Test
    void controlCharactersAndUnknownGlyphsPrintAsQuestionMarks() throws IOException {
        Address odd = new Address("Tab\there \u0378", null, "1 Main St", null, null, "Springfield", "IL", "62701",
                "217-555-0142", "USA", "US");
        String text = text(JobDocuments.shippingLabel(new ShippingLabel("x.pdf", List.of("AAAAA"), Facility.US, odd, Instant.EPOCH)));
        assertThat(text).contains("Tab?here ?");
    }

    @Test
    void aLabelOfFiftyJobsPrintsEveryIdAndLongTextWrapsWithinThePage() throws IOException {
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> "J" + Integer.toString(36 * 36 + i * 97, 36).toUpperCase() + "X").toList();
        String longCompany = "The Very Long Named International Consolidated Storage and Archival Services Company of Greater Springfield Incorporated";
        Address sender = new Address("Maria Garcia", longCompany, "Building 7, Floor 12, Suite 1204, 500 Example Boulevard, Springfield Business Park West",
                null, null, "Springfield", "IL", "62701", "217-555-0142", "USA", "US");
        byte[] pdf = JobDocuments.shippingLabel(new ShippingLabel("shipping-label-many.pdf", ids, Facility.US, sender, Instant.EPOCH));
        String text = text(pdf).replace("\n", " ");
        assertThat(ids).allMatch(text::contains);
        assertThat(text).contains("JOBS IN THIS PACKAGE (50)", "Springfield Business Park West", "Greater Springfield Incorporated");
        assertThat(rightmostGlyphEdge(pdf)).as("nothing runs off the page").isLessThanOrEqualTo(612 - 54 + 0.5f);
    }

    @Test
    void aLineTooManyForOnePageContinuesOnTheNext() throws IOException {
        Address sender = new Address("Maria Garcia", "word ".repeat(2000).strip(), "1 Main St", null, null, "Springfield", "IL", "62701",
                "217-555-0142", "USA", "US");
        byte[] pdf = JobDocuments.shippingLabel(new ShippingLabel("x.pdf", List.of("AAAAA"), Facility.US, sender, Instant.EPOCH));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("not a real UPS label");
    }

    @Test
    void theSignaturePageNamesTheManifestsDevice() throws IOException {
        assertThat(text(JobDocuments.signaturePage(Jobs.job("AAAAA", "acct", Instant.EPOCH)))).contains("Device: WD-WCC4E1234567 (job AAAAA)");
    }

    /** The largest x at which a glyph of the document ends, in points. */
    private static float rightmostGlyphEdge(byte[] pdf) throws IOException {
        float[] edge = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> edge[0] = Math.max(edge[0], position.getXDirAdj() + position.getWidthDirAdj()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return edge[0];
    }

    @Test
    void makingDocumentsLeavesPdfBoxsFontMapperAlone() {
        var before = FontMappers.instance();
        JobDocuments.signaturePage(Jobs.job("AAAAA", "acct", Instant.EPOCH));
        assertThat(FontMappers.instance()).isSameAs(before);
    }
}
