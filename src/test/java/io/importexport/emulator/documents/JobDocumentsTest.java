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
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    void makingDocumentsLeavesPdfBoxsFontMapperAlone() {
        var before = FontMappers.instance();
        JobDocuments.signaturePage(Jobs.job("AAAAA", "acct", Instant.EPOCH));
        assertThat(FontMappers.instance()).isSameAs(before);
    }
}
