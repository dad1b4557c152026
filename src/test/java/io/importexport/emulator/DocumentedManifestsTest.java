package io.importexport.emulator;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.manifest.JobKind;
import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ManifestParser;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.manifest.ValidatedManifest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every manifest the README and docs/ show is one the emulator accepts as it stands, and each kind is shown. */
class DocumentedManifestsTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(manifestVersion.*?)```", Pattern.DOTALL);

    @Test
    void everyDocumentedManifestIsValidAndEveryKindIsDocumented() throws IOException {
        Set<JobKind> shown = EnumSet.noneOf(JobKind.class);
        for (Path page : Documentation.pages()) {
            Matcher blocks = YAML_BLOCK.matcher(Files.readString(page));
            while (blocks.find()) {
                String manifest = blocks.group(1);
                // an export names the buckets it reads from; the manifest alone cannot say which type the call gives
                JobType type = manifest.contains("exportBucket") ? JobType.Export : JobType.Import;
                ValidatedManifest valid = new ManifestValidator(BucketTable.everyBucketExists())
                        .validate(type, new ManifestParser().parse(manifest), Caller.ownAccount("AKIAIOSFODNN7EXAMPLE"));
                // the one warning a complete manifest may have: eraseDevice: yes
                assertThat(valid.warnings()).as("%s: %s", page, manifest).allMatch(warning -> warning.contains("will be erased"));
                shown.add(valid.kind());
            }
        }
        assertThat(shown).containsExactlyInAnyOrder(JobKind.values());
    }
}
