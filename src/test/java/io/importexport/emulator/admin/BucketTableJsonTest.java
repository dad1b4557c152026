package io.importexport.emulator.admin;

import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketTableJsonTest {

    private static BucketTable parse(String json) {
        return BucketTableJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheBucketsAndDescribesThemBack() {
        BucketTable table = parse("{\"buckets\": [{\"name\": \"a\", \"region\": \"eu-west-1\", \"owner\": \"111111111111\"}]}");
        assertThat(table.find("a", "anyone")).contains(new Bucket("a", "eu-west-1", "111111111111"));
        assertThat(table.find("b", "anyone")).isEmpty();
        assertThat(BucketTableJson.describe(table)).isEqualTo(Map.of("declared", true,
                "buckets", List.of(Map.of("name", "a", "region", "eu-west-1", "owner", "111111111111"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{not json|not JSON",
            "[]|expected {\"buckets\"",
            "{\"buckets\": [{\"name\": \"a\", \"region\": \"us-east-1\", \"owner\": 7}]}|\"owner\"",
            "{\"buckets\": [{\"name\": \"a\", \"region\": \"sa-east-1\", \"owner\": \"o\"}]}|never served",
            "{\"buckets\": [{\"name\": \"a\", \"region\": \"us-east-1\", \"owner\": \"o\"}, {\"name\": \"a\", \"region\": \"us-east-1\", \"owner\": \"o\"}]}|listed twice"})
    void saysWhatIsWrongWithABrokenTable(String json, String mentions) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(mentions);
    }
}
