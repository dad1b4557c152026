package io.importexport.emulator.admin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobListingTest {
    private static final List<JobView> JOBS = IntStream.range(0, 7).mapToObj(i -> new JobView("JOB" + i + "X", i % 2 == 0 ? "even" : "odd",
            i < 5 ? "Import" : "Export", "S3_IMPORT", "2026-01-01T00:00:0" + i + "Z", "NotReceived", "", i == 3 ? "Canceled" : "Pending", "",
            "2026-01-01T00:00:00Z", 0, i == 3, null, null, null, null)).toList();

    @Test
    void pagesWhatMatchesAndOffersWhatThereIsToChoose() {
        JobListing page = JobListing.of(JOBS, "job", "even", null, null, 1, 2);
        assertThat(page.jobs()).extracting(JobView::jobId).containsExactly("JOB2X", "JOB4X");
        assertThat(page.matching()).isEqualTo(4);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.accounts()).containsExactly("even", "odd");
        assertThat(page.progressCodes()).containsExactly("Canceled", "Pending");
        assertThat(JobListing.of(JOBS, " 3x ", null, "Canceled", "Import", 0, 10).jobs()).extracting(JobView::jobId).containsExactly("JOB3X");
    }

    @Test
    void anOffsetPastTheEndIsAnEmptyPageWhateverItsSize() {
        assertThat(JobListing.of(JOBS, null, null, null, null, Integer.MAX_VALUE, JobListing.MAX_LIMIT).jobs()).isEmpty();
        assertThat(JobListing.of(JOBS, null, null, null, null, 6, JobListing.MAX_LIMIT).jobs()).hasSize(1);
        assertThatThrownBy(() -> JobListing.of(JOBS, null, null, null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobListing.of(JOBS, null, null, null, null, 0, JobListing.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
