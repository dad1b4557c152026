package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.importexport.emulator.domain.account.Credential;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credential table as JSON, for {@code --credentials FILE} and {@code /_emulator/credentials}:
 * {@code {"accounts": [{"accountId": "111111111111", "keys": [{"accessKeyId": "AKIA...", "secretAccessKey": "...",
 * "sessionToken": "optional"}]}]}}.
 */
public final class CredentialsJson {
    private CredentialsJson() {
    }

    public static List<Credential> read(Path file) throws IOException {
        return parse(AdminJson.read(file, "credentials"), file.toString());
    }

    /** The credentials in a request body; {@code IllegalArgumentException} says what is wrong with them. */
    public static List<Credential> parse(byte[] json) {
        return parse(AdminJson.read(json, "credentials"), "credentials");
    }

    /** The credentials in the {@code --credentials} form, secrets included: for a durable store or a remote emulator. */
    public static Map<String, Object> describe(Collection<Credential> credentials) {
        Map<String, List<Map<String, String>>> keysByAccount = new LinkedHashMap<>();
        for (Credential credential : credentials) {
            Map<String, String> key = new LinkedHashMap<>();
            key.put("accessKeyId", credential.accessKeyId());
            key.put("secretAccessKey", credential.secretAccessKey());
            if (credential.sessionToken() != null) {
                key.put("sessionToken", credential.sessionToken());
            }
            keysByAccount.computeIfAbsent(credential.accountId(), account -> new ArrayList<>()).add(key);
        }
        List<Map<String, Object>> accounts = new ArrayList<>();
        keysByAccount.forEach((account, keys) -> accounts.add(Map.of("accountId", account, "keys", keys)));
        return Map.of("accounts", accounts);
    }

    private static List<Credential> parse(JsonNode root, String source) {
        JsonNode accounts = root == null ? null : root.get("accounts");
        if (accounts == null || !accounts.isArray()) {
            throw new IllegalArgumentException(source + ": expected {\"accounts\": [{\"accountId\": ..., \"keys\": [{\"accessKeyId\": ..., \"secretAccessKey\": ...}]}]}");
        }
        List<Credential> credentials = new ArrayList<>();
        for (JsonNode account : accounts) {
            String accountId = text(account, "accountId", source);
            JsonNode keys = account.get("keys");
            if (keys == null || !keys.isArray() || keys.isEmpty()) {
                throw new IllegalArgumentException(source + ": account " + accountId + " needs a list of \"keys\"");
            }
            for (JsonNode key : keys) {
                JsonNode token = key.get("sessionToken");
                try {
                    credentials.add(new Credential(text(key, "accessKeyId", source), text(key, "secretAccessKey", source),
                            token == null || token.isNull() ? null : token.asText(), accountId));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
                }
            }
        }
        return credentials;
    }

    private static String text(JsonNode node, String name, String source) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(source + ": \"" + name + "\" must be a non-empty text (" + node + ")");
        }
        return value.asText();
    }
}
