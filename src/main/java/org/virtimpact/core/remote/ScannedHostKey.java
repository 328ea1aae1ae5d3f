package org.virtimpact.core.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * A host key as an SSH server presented it, and what the local known_hosts file says about it:
 * what a person needs to decide whether to trust it ("check this fingerprint on the host itself").
 *
 * @param host       the server that presented it: the environment's host, or a jump host on the way
 * @param type       the SSH key type, e.g. {@code ssh-ed25519}
 * @param publicKey  the public key blob, base64 as in known_hosts
 * @param knownHosts the known_hosts file it was checked against, and where accepting it writes
 * @param jumpHost   true when a jump host (ProxyJump) presented it, not the environment itself
 */
public record ScannedHostKey(String host, int port, String type, String publicKey, State state, String knownHosts,
                             boolean jumpHost) {

    public enum State {
        /** Recorded in known_hosts: connections go ahead. */
        TRUSTED,
        /** Not in known_hosts yet: a person has to check and accept it. */
        UNKNOWN,
        /** known_hosts holds a different key for this host: refused, never replaced by VirtImpact. */
        CHANGED
    }

    public ScannedHostKey {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(knownHosts, "knownHosts");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        Base64.getDecoder().decode(publicKey);
    }

    /** OpenSSH's form, {@code SHA256:} and unpadded base64, as {@code ssh-keygen -lf} prints it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKey));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return host + ":" + port;
    }

    /** One sentence for a dialog or a log: which key, of which host. */
    public String describe() {
        return "the " + type + " key " + fingerprint() + " of " + (jumpHost ? "the jump host " : "") + address();
    }
}
