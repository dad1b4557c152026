package io.importexport.emulator.domain.account;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The access keys in force, replaceable while the emulator runs (the control plane sets them); {@link #reset()}
 * goes back to the keys the emulator started with.
 */
public final class Credentials {
    private final Map<String, Credential> initial;
    private final AtomicReference<Map<String, Credential>> current;

    public Credentials(Collection<Credential> initial) {
        this.initial = byKey(initial);
        this.current = new AtomicReference<>(this.initial);
    }

    public static Credentials none() {
        return new Credentials(List.of());
    }

    public Optional<Credential> find(String accessKeyId) {
        return Optional.ofNullable(current.get().get(accessKeyId));
    }

    public Collection<Credential> all() {
        return current.get().values();
    }

    public void replace(Collection<Credential> credentials) {
        current.set(byKey(credentials));
    }

    public void reset() {
        current.set(initial);
    }

    /** One entry per key; a key listed twice is refused, since it could not belong to two accounts. */
    private static Map<String, Credential> byKey(Collection<Credential> credentials) {
        Map<String, Credential> byKey = new LinkedHashMap<>();
        for (Credential credential : credentials) {
            if (byKey.put(credential.accessKeyId(), credential) != null) {
                throw new IllegalArgumentException("access key " + credential.accessKeyId() + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
