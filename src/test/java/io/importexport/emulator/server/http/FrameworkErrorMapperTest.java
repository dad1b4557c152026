package io.importexport.emulator.server.http;

import io.importexport.emulator.domain.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkErrorMapperTest {

    @ParameterizedTest
    @CsvSource({"404,NotFound,404", "405,MethodNotAllowed,405", "415,UnsupportedMediaType,415",
            "400,InvalidParameterException,400", "406,InvalidParameterException,400"})
    void mapsJerseysClientErrorsToCodesWithTheSameKindOfStatus(int status, ErrorCode code, int answered) {
        assertThat(FrameworkErrorMapper.codeFor(status)).isEqualTo(code);
        assertThat(code.httpStatus()).isEqualTo(answered);
    }
}
