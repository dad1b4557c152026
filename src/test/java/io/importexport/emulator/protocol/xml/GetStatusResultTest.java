package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RenderedStatuses keeps what JAXB wrote for a status by its value: two statuses are equal only when every member is. */
class GetStatusResultTest {

    @Test
    void statusesThatDifferInAnyMemberAreNotEqual() throws ReflectiveOperationException {
        List<Field> members = Arrays.stream(GetStatusResult.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).toList();
        assertThat(members).hasSize(17);
        for (Field member : members) {
            GetStatusResult one = filled();
            GetStatusResult other = filled();
            assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
            member.set(other, member.getType() == Integer.class ? Integer.valueOf(7)
                    : member.getType() == List.class ? List.of(new ArtifactElement("Label", "http://other")) : "other");
            assertThat(one).as(member.getName()).isNotEqualTo(other);
        }
    }

    /** Every member set, none to the value the test changes it to. */
    private static GetStatusResult filled() throws ReflectiveOperationException {
        GetStatusResult status = new GetStatusResult();
        for (Field member : GetStatusResult.class.getDeclaredFields()) {
            if (!Modifier.isStatic(member.getModifiers())) {
                member.set(status, member.getType() == Integer.class ? Integer.valueOf(0) : member.getType() == List.class
                        ? List.of(new ArtifactElement("Label", "http://label")) : member.getName());
            }
        }
        return status;
    }
}
