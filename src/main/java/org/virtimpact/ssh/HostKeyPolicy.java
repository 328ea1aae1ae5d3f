package org.virtimpact.ssh;

/**
 * What to do with a host key that is not in known_hosts yet. A changed key is refused under
 * every policy: only a person who knows why it changed may remove the old entry.
 */
public enum HostKeyPolicy {
    /** Refuse; the researcher checks the fingerprint and accepts it explicitly. OpenSSH's {@code yes}. */
    STRICT,
    /**
     * Record the very key a connection refused as unknown, then connect; chosen explicitly, never by
     * default. OpenSSH's {@code accept-new}. The CLI's {@code --accept-new-host-key} goes through
     * {@link org.virtimpact.core.remote.HostKeyTrust} instead, to print each key it records.
     */
    ACCEPT_NEW
}
