package org.virtimpact.ssh;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ScannedHostKey;

/**
 * A host key as a server presented it: enough to show its fingerprint to a person and, once they
 * have checked it, to write it to known_hosts exactly as shown.
 *
 * @param type   the SSH key type, e.g. {@code ssh-ed25519}
 * @param base64 the public key blob, base64 as in known_hosts
 */
public record HostKeyInfo(String host, int port, String type, String base64) {

    public HostKeyInfo {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(base64, "base64");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        if (type.isBlank() || type.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + type + "' is not an SSH key type");
        }
        Base64.getDecoder().decode(base64);
    }

    /** OpenSSH's form, {@code SHA256:} and unpadded base64, so it can be compared with {@code ssh-keygen -lf}. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The host as known_hosts names it: {@code [host]:port} unless the port is 22. */
    public String knownHostsName() {
        return knownHostsName(host, port);
    }

    public String knownHostsLine() {
        return knownHostsName() + " " + type + " " + base64;
    }

    /** For messages: {@code host:port}. */
    public String address() {
        return host + ":" + port;
    }

    static String knownHostsName(String host, int port) {
        return port == Target.DEFAULT_SSH_PORT ? host : "[" + host + "]:" + port;
    }

    ScannedHostKey scanned(ScannedHostKey.State state, Path knownHosts, boolean jumpHost) {
        return new ScannedHostKey(host, port, type, base64, state, knownHosts.toString(), jumpHost);
    }

    static HostKeyInfo of(ScannedHostKey key) {
        return new HostKeyInfo(key.host(), key.port(), key.type(), key.publicKey());
    }

    byte[] blob() {
        return Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
    }
}
