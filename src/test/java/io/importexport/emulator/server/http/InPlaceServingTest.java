package io.importexport.emulator.server.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InPlaceServingTest {

    @Test
    void anApiCallWhoseBodyHasArrivedIsServedInPlace() {
        assertThat(InPlaceServing.inPlace("/", false, 120, 120)).isTrue();
        assertThat(InPlaceServing.inPlace("/", false, -1, 0)).as("no body").isTrue();
        assertThat(InPlaceServing.inPlace("/", false, 0, 0)).as("an empty body").isTrue();
    }

    @Test
    void aBodyStillOnItsWayGoesToAWorker() {
        assertThat(InPlaceServing.inPlace("/", false, 1000, 15)).isFalse();
        assertThat(InPlaceServing.inPlace("/", false, 1000, 999)).isFalse();
        assertThat(InPlaceServing.inPlace("/", true, -1, 4000)).as("chunked: its end is unknown until it comes").isFalse();
    }

    @Test
    void theControlPlaneAndTheDashboardGoToWorkers() {
        assertThat(InPlaceServing.inPlace("/_emulator/reset", false, 0, 0)).isFalse();
        assertThat(InPlaceServing.inPlace("/_emulator/ui", false, -1, 0)).isFalse();
        assertThat(InPlaceServing.inPlace("/other", false, -1, 0)).isFalse();
    }
}
