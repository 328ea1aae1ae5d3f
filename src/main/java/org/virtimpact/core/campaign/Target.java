package org.virtimpact.core.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How an environment is reached. A password never appears here: only the path of a key file,
 * so that {@code campaign.json} can be shared and archived without leaking secrets.
 */
public record Target(Kind kind, String host, int port, String user, String identityFile, String knownHosts) {

    public enum Kind {
        @JsonProperty("local") LOCAL,
        @JsonProperty("ssh") SSH
    }

    public static final int DEFAULT_SSH_PORT = 22;

    public Target {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SSH && (host == null || host.isBlank())) {
            throw new IllegalArgumentException("an SSH target needs a host name");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        if (kind == Kind.SSH && port == 0) {
            port = DEFAULT_SSH_PORT;
        }
    }

    public static Target local() {
        return new Target(Kind.LOCAL, null, 0, null, null, null);
    }

    public static Target ssh(String user, String host, int port, String identityFile, String knownHosts) {
        return new Target(Kind.SSH, host, port, user, identityFile, knownHosts);
    }

    public String describe() {
        if (kind == Kind.LOCAL) {
            return "this machine";
        }
        return (user == null ? "" : user + "@") + host + (port == DEFAULT_SSH_PORT ? "" : ":" + port);
    }
}
