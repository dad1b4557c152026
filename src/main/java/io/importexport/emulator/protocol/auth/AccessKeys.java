package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.protocol.query.QueryRequest;

import java.util.Optional;

/**
 * The caller's access key, from whichever signature the request carries: a SigV4 {@code Authorization} header
 * (boto3, the AWS CLI), SigV4 presigned query parameters, or SigV2 parameters (the AWS SDKs for Java v1, JavaScript
 * v2 and Ruby v1). The key is read where, and as, the signature checks of strict mode read it ({@link SigV4Check},
 * {@link SigV2Check}), so that permissive and strict mode never see two different keys: never trimmed (a padded key
 * is another key, and not a well-formed one).
 */
public final class AccessKeys {
    private AccessKeys() {
    }

    /**
     * @throws io.importexport.emulator.domain.error.ServiceException {@code IncompleteSignature} for a SigV4 signature
     *         without a credential, as strict mode answers it
     */
    public static Optional<String> of(QueryRequest request) {
        Optional<String> sigV4 = SigV4Check.credential(request);
        if (sigV4.isPresent()) {
            String key = SigV4Check.accessKeyOf(sigV4.get());
            if (key.isEmpty()) {
                throw SigV4Check.incomplete("the signature has no Credential");
            }
            return Optional.of(key);
        }
        return SigV2Check.accessKeyId(request);
    }
}
