package org.virtimpact.ssh;

/**
 * What to do with a host key that is not in known_hosts yet. A changed key is refused under
 * every policy: only a person who knows why it changed may remove the old entry.
 */
public enum HostKeyPolicy {
    /** Refuse; the researcher checks the fingerprint and accepts it explicitly. OpenSSH's {@code yes}. */
    STRICT,
    /**
     * Record an unknown key, then connect; chosen explicitly (the CLI's {@code --accept-new-host-key}),
     * never by default. OpenSSH's {@code accept-new}.
     */
    ACCEPT_NEW
}
