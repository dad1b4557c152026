package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.query.QueryRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Rule 1 of service.md §9: who sent the request. Permissive mode takes the key from whichever signature is present;
 * strict mode also verifies the signature, its freshness against the emulator's clock, and the session token.
 * Refusals carry the codes AWS used for them.
 */
public final class Authenticator {
    private static final Logger LOG = Logger.getLogger("io.importexport.emulator.auth");
    /** IAM's pattern for access key ids. */
    private static final String MISMATCH = "The request signature we calculated does not match the signature you provided. "
            + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private final AuthMode mode;
    private final Credentials credentials;
    private final Clock clock;
    private final Duration maxSkew;

    public Authenticator(AuthMode mode, Credentials credentials, Clock clock, Duration maxSkew) {
        this.mode = mode;
        this.credentials = credentials;
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    public Caller authenticate(QueryRequest request) {
        if (mode == AuthMode.permissive) {
            String key = checkFormat(AccessKeys.of(request).orElseThrow(Authenticator::missing));
            return credentials.find(key).map(Authenticator::caller).orElseGet(() -> Caller.ownAccount(key));
        }
        SignatureCheck check = SigV4Check.of(request).or(() -> SigV2Check.of(request)).orElseThrow(Authenticator::missing);
        Credential credential = credentials.find(checkFormat(check.accessKeyId())).orElseThrow(() -> new ServiceException(
                ErrorCode.InvalidClientTokenIdException, "The AWS Access Key Id you provided does not exist in our records."));
        if (!Optional.ofNullable(credential.sessionToken()).equals(Optional.ofNullable(check.securityToken()))) {
            throw new ServiceException(ErrorCode.InvalidClientTokenIdException, "The security token included in the request is invalid.");
        }
        SignatureCheck.Verdict verdict = check.verify(credential.secretAccessKey());
        if (!verdict.matches()) {
            LOG.info(() -> "SignatureDoesNotMatch for " + check.accessKeyId() + ": canonical request ["
                    + oneLine(verdict.canonicalRequest()) + "] string to sign [" + oneLine(verdict.stringToSign()) + "]");
            throw new ServiceException(ErrorCode.SignatureDoesNotMatch, MISMATCH);
        }
        checkFreshness(check);
        return caller(credential);
    }

    private static Caller caller(Credential credential) {
        return new Caller(credential.accessKeyId(), credential.accountId(), credential.secretAccessKey());
    }

    private static String checkFormat(String key) {
        if (!Credential.isWellFormed(key)) {
            throw new ServiceException(ErrorCode.InvalidAccessKeyIdException, "The AWS access key id " + key + " is not valid");
        }
        return key;
    }

    private static ServiceException missing() {
        return new ServiceException(ErrorCode.MissingAuthenticationToken, "Request is missing Authentication Token");
    }

    /**
     * SigV4 answers a stale date with 403 {@code SignatureDoesNotMatch} "Signature expired", SigV2 with 400
     * {@code RequestExpired}, as AWS does; the SDKs for Java and JavaScript take both as a clock-skew hint.
     */
    private void checkFreshness(SignatureCheck check) {
        Instant now = clock.instant();
        Instant signedAt = check.signedAt();
        Instant expires = check instanceof SigV2Check sigV2 ? sigV2.expires()
                : Optional.ofNullable(((SigV4Check) check).expiresSeconds()).map(signedAt::plusSeconds).orElse(null);
        if (expires != null) {
            if (now.isAfter(expires)) {
                throw new ServiceException(ErrorCode.RequestExpired, "Request has expired. Expires date is " + expires);
            }
            return;
        }
        if (Duration.between(signedAt, now).abs().compareTo(maxSkew) <= 0) {
            return;
        }
        if (check instanceof SigV4Check) {
            throw new ServiceException(ErrorCode.SignatureDoesNotMatch, "Signature " + (signedAt.isBefore(now) ? "expired: " : "not yet current: ")
                    + signedAt + " is outside " + maxSkew.toMinutes() + " minutes of the server's time " + now);
        }
        throw new ServiceException(ErrorCode.RequestExpired, "Request has expired. Timestamp date is " + signedAt
                + ", more than " + maxSkew.toMinutes() + " minutes from the server's time " + now);
    }

    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
