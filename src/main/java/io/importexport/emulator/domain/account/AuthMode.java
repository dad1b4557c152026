package io.importexport.emulator.domain.account;

/** Whether signatures are verified. */
public enum AuthMode {
    /** Any key is accepted; a key of the credential table belongs to its account, any other is its own account. */
    permissive,
    /** Every request must be signed, correctly and recently, by a key of the credential table. */
    strict
}
