package org.virtimpact.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.virtimpact.core.campaign.Target;

/**
 * How SSH connections are made. {@code userHome} is where {@code .ssh/} is looked for, so tests
 * and portable installs need not touch the real home folder.
 *
 * @param serverAliveInterval how long a silent connection waits before asking the server whether
 *                            it is still there; a long benchmark prints nothing for minutes
 * @param serverAliveCountMax unanswered keepalives before the connection counts as dropped
 */
public record SshOptions(Duration connectTimeout, Duration serverAliveInterval, int serverAliveCountMax,
                         HostKeyPolicy hostKeyPolicy, Path userHome) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SERVER_ALIVE_INTERVAL = Duration.ofSeconds(15);
    public static final int DEFAULT_SERVER_ALIVE_COUNT_MAX = 3;

    public SshOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(serverAliveInterval, "serverAliveInterval");
        Objects.requireNonNull(hostKeyPolicy, "hostKeyPolicy");
        Objects.requireNonNull(userHome, "userHome");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("the connect timeout must be positive, not " + connectTimeout);
        }
        if (serverAliveInterval.isNegative() || serverAliveInterval.isZero()) {
            throw new IllegalArgumentException("the keepalive interval must be positive, not " + serverAliveInterval);
        }
        if (serverAliveCountMax < 1) {
            throw new IllegalArgumentException("at least one keepalive must go unanswered before giving up");
        }
    }

    public static SshOptions defaults() {
        return new SshOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_SERVER_ALIVE_INTERVAL, DEFAULT_SERVER_ALIVE_COUNT_MAX,
                HostKeyPolicy.STRICT, Path.of(System.getProperty("user.home")));
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(timeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, userHome);
    }

    public SshOptions withHostKeyPolicy(HostKeyPolicy policy) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, policy, userHome);
    }

    public SshOptions withUserHome(Path home) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, home);
    }

    public Path sshDir() {
        return userHome.resolve(".ssh");
    }

    /** The target's own known_hosts file, else {@code ~/.ssh/known_hosts}. */
    public Path knownHostsFor(Target target) {
        String file = target.knownHosts();
        return file == null || file.isBlank() ? sshDir().resolve("known_hosts") : expand(file);
    }

    /** Expands a leading {@code ~/}, as people type paths that way in the target dialog. */
    public Path expand(String file) {
        if (file.equals("~")) {
            return userHome;
        }
        return file.startsWith("~/") ? userHome.resolve(file.substring(2)) : Path.of(file);
    }
}
