package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @Test
    void anEmptyValueCountsAsAbsent() {
        QueryParameters parameters = new QueryParameters(Map.of("Manifest", "", "JobType", "Import"));
        assertThat(parameters.get("Manifest")).isEmpty();
        assertThat(parameters.get("JobType")).contains("Import");
    }

    @Test
    void integersAreDecimal() {
        assertThat(new QueryParameters(Map.of("MaxJobs", "10")).integer("MaxJobs")).contains(10);
        assertThat(new QueryParameters(Map.of("MaxJobs", "-1")).integer("MaxJobs")).contains(-1);
        assertThat(new QueryParameters(Map.of()).integer("MaxJobs")).isEmpty();
        for (String bad : new String[] {"ten", "1.5", "99999999999", "0x10"}) {
            assertThatThrownBy(() -> new QueryParameters(Map.of("MaxJobs", bad)).integer("MaxJobs"))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidParameterException))
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void readsQueryListsInIndexOrder() {
        QueryParameters parameters = new QueryParameters(Map.of("jobIds.member.2", "FGHIJ", "jobIds.member.10", "KLMNP",
                "jobIds.member.1", "ABCDE", "jobIds.member.3", "", "jobIds.member.0", "X", "other.member.1", "Y"));
        assertThat(parameters.list("jobIds")).containsExactly("ABCDE", "FGHIJ", "KLMNP");
    }
}
