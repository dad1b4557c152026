package io.importexport.emulator.testing;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSCredentials;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The AWS SDK for Java v1 pointed at an emulator, as the README tells users to, and the buckets its tests use. */
public final class JavaSdk {
    private JavaSdk() {
    }

    public static AmazonImportExport client(String endpoint, String accessKey) {
        return client(endpoint, new BasicAWSCredentials(accessKey, Manifests.SECRET_KEY));
    }

    /** Without retries: the SDK retries SignatureDoesNotMatch, and each test means to send one request. */
    public static AmazonImportExport client(String endpoint, AWSCredentials credentials) {
        System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
        return AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(endpoint, "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(credentials))
                .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0))
                .build();
    }

    /**
     * A bucket table with the buckets of {@link Manifests}' manifests, owned by {@link Manifests#ACCESS_KEY}, one in
     * another region, one of another account, and {@code extraBucket} owned by {@code extraOwner}.
     */
    public static Path bucketTable(Path directory, String extraBucket, String extraOwner) throws IOException {
        return Files.writeString(directory.resolve("buckets.json"), """
                {"buckets": [
                  {"name": "my-import-bucket", "region": "us-east-1", "owner": "%1$s"},
                  {"name": "my-log-bucket", "region": "us-east-1", "owner": "%1$s"},
                  {"name": "my-media-bucket", "region": "us-east-1", "owner": "%1$s"},
                  {"name": "my-docs-bucket", "region": "us-east-1", "owner": "%1$s"},
                  {"name": "my-eu-bucket", "region": "eu-west-1", "owner": "%1$s"},
                  {"name": "someone-elses-bucket", "region": "us-east-1", "owner": "999999999999"},
                  {"name": "%2$s", "region": "us-east-1", "owner": "%3$s"}
                ]}""".formatted(Manifests.ACCESS_KEY, extraBucket, extraOwner));
    }
}
