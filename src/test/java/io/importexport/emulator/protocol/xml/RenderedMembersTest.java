package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Members are cut from a page only when the page holds as many as were asked for. */
class RenderedMembersTest {
    private static final String PAGE = "<ListJobsResult><Jobs><member><JobId>A</JobId></member><member><JobId>B</JobId></member>"
            + "</Jobs></ListJobsResult>";

    @Test
    void cutsEachMemberWhole() {
        assertThat(RenderedMembers.cut(bytes(PAGE), 2)).extracting(member -> new String(member, StandardCharsets.UTF_8))
                .containsExactly("<member><JobId>A</JobId></member>", "<member><JobId>B</JobId></member>");
    }

    @Test
    void refusesAPageOfAnotherNumberOfMembers() {
        assertThatThrownBy(() -> RenderedMembers.cut(bytes(PAGE), 3))
                .isInstanceOf(IllegalStateException.class).hasMessage("2 members cut from a ListJobs page of 3");
        assertThatThrownBy(() -> RenderedMembers.cut(bytes("<ListJobsResult><Jobs><member>A</Jobs></ListJobsResult>"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessage("0 members cut from a ListJobs page of 1");
        assertThatThrownBy(() -> RenderedMembers.cut(bytes("<ListJobsResult/>"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessage("0 members cut from a ListJobs page of 1");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
