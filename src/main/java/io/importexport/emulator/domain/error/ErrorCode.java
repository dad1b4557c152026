package io.importexport.emulator.domain.error;

/**
 * Every error the emulator can answer with: the model's exception shapes (botocore shape names, which the
 * SDKs match literally, so the {@code Exception} suffix is part of the code) and the few generic AWS codes.
 *
 * <p>Status follows service.md §5.2. Deterministic failures never use 429 or 5xx: every real client retries those,
 * and a retried CreateJob would create duplicate jobs.
 */
public enum ErrorCode {
    BucketPermissionException(400),
    CanceledJobIdException(400),
    CreateJobQuotaExceededException(400),
    ExpiredJobIdException(400),
    InvalidAccessKeyIdException(400),
    InvalidAddressException(400),
    InvalidClientTokenIdException(403),
    InvalidCustomsException(400),
    InvalidFileSystemException(400),
    InvalidJobIdException(400),
    InvalidManifestFieldException(400),
    InvalidParameterException(400),
    InvalidVersionException(400),
    MalformedManifestException(400),
    MissingCustomsException(400),
    MissingManifestFieldException(400),
    MissingParameterException(400),
    MultipleRegionsException(400),
    NoSuchBucketException(400),
    UnableToCancelJobIdException(400),
    UnableToUpdateJobIdException(400),

    /** An unknown operation name, or one the request's {@code Version} does not have (docs/service.md §5.4). */
    InvalidAction(400),
    /** No operation name (AWS's common Query error). */
    MissingAction(400),
    /** A query string or form that does not decode: a broken percent-escape, bytes that are not UTF-8, characters a
     * URI cannot carry. AWS's common Query error, with the status AWS lists for it. */
    MalformedQueryString(404),
    /** No access key in the request (neither SigV2 parameters nor a SigV4 credential). */
    MissingAuthenticationToken(403),
    /** Strict mode: the signature is not what the key's secret gives. */
    SignatureDoesNotMatch(403),
    /** Strict mode: a SigV2 timestamp outside the allowed clock skew, or a presigned URL past its expiry. */
    RequestExpired(400),
    /** Strict mode: an Authorization header without its Credential, SignedHeaders or Signature. */
    IncompleteSignature(400),
    /** A path the emulator does not serve. */
    NotFound(404),
    MethodNotAllowed(405),
    UnsupportedMediaType(415),
    /** A bug in the emulator. */
    InternalFailure(500),
    /** A passing condition (a job changed by too many requests at once): clients retry it. */
    ServiceUnavailable(503);

    /** What {@link #InternalFailure} says: nothing of the failure itself reaches a client. */
    public static final String INTERNAL_FAILURE_MESSAGE = "We encountered an internal error. Please try again.";

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** {@code Sender} for the client's mistakes, {@code Receiver} for the server's, as in the AWS envelope. */
    public String faultType() {
        return faultType(httpStatus);
    }

    /** The fault type of any status, injected errors' included. */
    public static String faultType(int httpStatus) {
        return httpStatus >= 500 ? "Receiver" : "Sender";
    }
}
