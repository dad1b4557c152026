package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.domain.manifest.Address;
import io.importexport.emulator.domain.manifest.ValidatedManifest;
import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.importexport.emulator.domain.job.LocationCode.AtAWS;
import static io.importexport.emulator.domain.job.LocationCode.NotReceived;
import static io.importexport.emulator.domain.job.LocationCode.Returned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobLifecycleTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-02T00:00:00Z");
    private static final Set<Transition> ABORTS = EnumSet.range(Transition.DeviceError, Transition.UnsupportedPowerSupply);

    private final JobLifecycle lifecycle = new JobLifecycle(IdGenerator.seeded(5), JobLifecycle.EXPIRY, JobLifecycle.RETENTION, null);

    private static Job in(LocationCode location, ProgressCode progress) {
        Job job = Jobs.job("AAAAA", "acct", CREATED);
        return job.withState(job.state().moveTo(location, progress, CREATED));
    }

    /** Spec §6.5: from each state, exactly these moves. */
    private static final Map<Job, Set<Transition>> LEGAL = Map.ofEntries(
            Map.entry(in(NotReceived, ProgressCode.Pending), EnumSet.of(Transition.AtAWS, Transition.Canceled, Transition.Expired)),
            Map.entry(in(AtAWS, ProgressCode.Pending), union(EnumSet.of(Transition.InProgress, Transition.Canceled), ABORTS)),
            Map.entry(in(AtAWS, ProgressCode.InProgress), union(EnumSet.of(Transition.Success, Transition.SuccessWithErrors), ABORTS)),
            Map.entry(in(AtAWS, ProgressCode.Success), EnumSet.of(Transition.Returned)),
            Map.entry(in(AtAWS, ProgressCode.SuccessWithErrors), EnumSet.of(Transition.Returned)),
            Map.entry(in(AtAWS, ProgressCode.DeviceError), EnumSet.of(Transition.Returned)),
            Map.entry(in(AtAWS, ProgressCode.UnsupportedPowerSupply), EnumSet.of(Transition.Returned)),
            Map.entry(in(AtAWS, ProgressCode.Canceled), EnumSet.of(Transition.Returned)),
            Map.entry(in(NotReceived, ProgressCode.Canceled), EnumSet.noneOf(Transition.class)),
            Map.entry(in(NotReceived, ProgressCode.Expired), EnumSet.noneOf(Transition.class)),
            Map.entry(in(Returned, ProgressCode.Success), EnumSet.noneOf(Transition.class)),
            Map.entry(in(Returned, ProgressCode.Canceled), EnumSet.noneOf(Transition.class)));

    private static Set<Transition> union(Set<Transition> a, Set<Transition> b) {
        Set<Transition> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    static Stream<Arguments> everyStateAndMove() {
        List<Arguments> cases = new ArrayList<>();
        LEGAL.forEach((job, legal) -> {
            for (Transition to : Transition.values()) {
                cases.add(Arguments.of(job.state().progress() + "/" + job.state().location() + " -> " + to, job, to, legal.contains(to)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("everyStateAndMove")
    void allowsExactlyTheMovesOfTheSpec(String name, Job job, Transition to, boolean legal) {
        if (!legal) {
            assertThatThrownBy(() -> lifecycle.move(job, to, LATER, 0))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot move to " + to);
            return;
        }
        JobState moved = lifecycle.move(job, to, LATER, 3).state();
        assertThat(moved.since()).isEqualTo(LATER);
        switch (to) {
            case AtAWS -> assertThat(moved.location()).isEqualTo(AtAWS);
            case Returned -> {
                assertThat(moved.location()).isEqualTo(Returned);
                assertThat(moved.progress()).isEqualTo(job.state().progress());
                assertThat(moved.carrier()).isEqualTo("UPS");
                assertThat(moved.trackingNumber()).matches("1Z\\d{6}01\\d{8}");
            }
            case SuccessWithErrors -> {
                assertThat(moved.progress()).isEqualTo(ProgressCode.SuccessWithErrors);
                assertThat(moved.errorCount()).isEqualTo(3);
            }
            default -> {
                assertThat(moved.progress().name()).isEqualTo(to.name());
                assertThat(moved.location()).isEqualTo(job.state().location());
            }
        }
    }

    @Test
    void theHappyPathEndsWithTheDeviceReturned() {
        Job job = in(NotReceived, ProgressCode.Pending);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            job = lifecycle.next(job, LATER);
            path.add(job.state().progress() + "/" + job.state().location());
        }
        assertThat(path).containsExactly("Pending/AtAWS", "InProgress/AtAWS", "Success/AtAWS", "Success/Returned");
        Job done = job;
        assertThatThrownBy(() -> lifecycle.next(done, LATER)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aJobWhoseDeviceNeverComesExpiresAfterThirtyDays() {
        Job job = in(NotReceived, ProgressCode.Pending);
        assertThat(lifecycle.asOf(job, CREATED.plus(Duration.ofDays(30)).minusSeconds(1))).isEqualTo(job);
        assertThat(lifecycle.asOf(job, CREATED.plus(Duration.ofDays(30)).minusNanos(1))).isEqualTo(job);
        assertThat(lifecycle.asOf(job, CREATED.plus(Duration.ofDays(30))).state().progress()).isEqualTo(ProgressCode.Expired);
        JobState expired = lifecycle.asOf(job, CREATED.plus(Duration.ofDays(31))).state();
        assertThat(expired.progress()).isEqualTo(ProgressCode.Expired);
        assertThat(expired.since()).isEqualTo(CREATED.plus(Duration.ofDays(30)));
        assertThat(lifecycle.asOf(in(AtAWS, ProgressCode.Pending), CREATED.plus(Duration.ofDays(400))).state().progress())
                .isEqualTo(ProgressCode.Pending);
    }

    @Test
    void canceledAndExpiredJobsArePurgedAfterTheRetentionPeriod() {
        Job canceled = in(NotReceived, ProgressCode.Canceled);
        assertThat(lifecycle.isPurged(canceled, CREATED.plus(Duration.ofDays(90)).minusSeconds(1))).isFalse();
        assertThat(lifecycle.isPurged(canceled, CREATED.plus(Duration.ofDays(90)))).isTrue();
        assertThat(lifecycle.isPurged(in(Returned, ProgressCode.Success), CREATED.plus(Duration.ofDays(900)))).isFalse();
    }

    @Test
    void automaticProgressionMovesOneStepPerPeriodFromTheLastMove() {
        JobLifecycle automatic = new JobLifecycle(IdGenerator.seeded(5), JobLifecycle.EXPIRY, JobLifecycle.RETENTION, Duration.ofSeconds(10));
        Job job = in(NotReceived, ProgressCode.Pending);
        assertThat(automatic.asOf(job, CREATED.plusSeconds(9)).state().location()).isEqualTo(NotReceived);
        assertThat(automatic.asOf(job, CREATED.plusSeconds(10)).state().location()).isEqualTo(AtAWS);
        JobState later = automatic.asOf(job, CREATED.plusSeconds(25)).state();
        assertThat(later.progress()).isEqualTo(ProgressCode.InProgress);
        assertThat(later.since()).isEqualTo(CREATED.plusSeconds(20));
        assertThat(automatic.asOf(job, CREATED.plus(Duration.ofDays(365))).state().location()).isEqualTo(Returned);
        assertThat(automatic.asOf(in(NotReceived, ProgressCode.Canceled), CREATED.plus(Duration.ofDays(1))).state().location()).isEqualTo(NotReceived);
    }

    @Test
    void devicesReturnedAbroadFromTheUsTravelWithDhl() {
        Job job = in(AtAWS, ProgressCode.Success);
        ValidatedManifest abroad = new ValidatedManifest(job.details().kind(), "us-east-1", Facility.US, "b", "",
                new Address("n", null, "s", null, null, "Toronto", "ON", "M5V", "1", "Canada", "CA"), List.of());
        JobState returned = lifecycle.move(job.withManifest(job.manifest(), abroad, job.signature(), job.artifacts()),
                Transition.Returned, LATER, 0).state();
        assertThat(returned.carrier()).isEqualTo("DHL");
        assertThat(returned.trackingNumber()).matches("\\d{10}");
    }

    /** The carriers service.md §6.6 promises: DHL for everything from Singapore, UPS from Ireland and within the US. */
    @Test
    void eachFacilityReturnsWithItsDocumentedCarrier() {
        assertThat(Facility.SG.carrierTo("SG")).isEqualTo("DHL");
        assertThat(Facility.SG.carrierTo("MY")).isEqualTo("DHL");
        assertThat(Facility.IE.carrierTo("DE")).isEqualTo("UPS");
        assertThat(Facility.US.carrierTo("US")).isEqualTo("UPS");
        assertThat(Facility.US.carrierTo("CA")).isEqualTo("DHL");
    }

    @Test
    void namesOfStatesAreReadLeniently() {
        assertThat(Transition.parse("success-with-errors")).contains(Transition.SuccessWithErrors);
        assertThat(Transition.parse("atAws")).contains(Transition.AtAWS);
        assertThat(Transition.parse("Teleported")).isEmpty();
    }
}
