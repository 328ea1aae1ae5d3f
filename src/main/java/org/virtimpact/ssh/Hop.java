package org.virtimpact.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One SSH login on the way to an environment: a jump host or the environment itself, with every
 * value resolved (SSH config applied, {@code ~} expanded).
 *
 * @param name           what the person typed (an alias or a host name), for messages
 * @param identityFiles  key files to offer, in order; empty means the agent's keys and the default ones
 * @param identitiesOnly OpenSSH's {@code IdentitiesOnly}: offer only these files, even when the agent has others
 * @param explicitKey    a key file the person set for this environment, which must exist
 */
record Hop(String name, String user, String host, int port, List<Path> identityFiles, boolean identitiesOnly,
           Path explicitKey, Path knownHosts) {

    Hop {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(knownHosts, "knownHosts");
        identityFiles = List.copyOf(identityFiles);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of " + name + " is outside 1-65535");
        }
    }

    /** {@code user@host:port}, for messages. */
    String login() {
        return user + "@" + host + ":" + port;
    }

    String address() {
        return host + ":" + port;
    }
}
