package io.importexport.emulator.admin;

/** An access key as the control plane shows it: never its secret or session token. */
public record KeyView(String accountId, String accessKeyId, boolean temporary) {
}
