package org.virtimpact.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.PassphraseProvider;

/**
 * How SSH connections are made. {@code userHome} is where {@code .ssh/} is looked for, so tests
 * and portable installs need not touch the real home folder.
 *
 * @param serverAliveInterval how long a silent connection waits before asking the server whether
 *                            it is still there; a long benchmark prints nothing for minutes
 * @param serverAliveCountMax unanswered keepalives before the connection counts as dropped
 * @param agentSocket         ssh-agent's socket ({@code SSH_AUTH_SOCK}), null when no agent is used
 * @param passphrases         asked when a key file is protected and the agent does not hold it
 */
public record SshOptions(Duration connectTimeout, Duration serverAliveInterval, int serverAliveCountMax,
                         HostKeyPolicy hostKeyPolicy, Path userHome, Path agentSocket,
                         PassphraseProvider passphrases) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SERVER_ALIVE_INTERVAL = Duration.ofSeconds(15);
    public static final int DEFAULT_SERVER_ALIVE_COUNT_MAX = 3;

    public SshOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(serverAliveInterval, "serverAliveInterval");
        Objects.requireNonNull(hostKeyPolicy, "hostKeyPolicy");
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(passphrases, "passphrases");
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

    /** The first version's parameters: no agent, nobody to ask for a passphrase. */
    public SshOptions(Duration connectTimeout, Duration serverAliveInterval, int serverAliveCountMax,
                      HostKeyPolicy hostKeyPolicy, Path userHome) {
        this(connectTimeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, userHome, null,
                PassphraseProvider.none());
    }

    /** This user's home and, when {@code SSH_AUTH_SOCK} is set, their ssh-agent. */
    public static SshOptions defaults() {
        String agent = System.getenv("SSH_AUTH_SOCK");
        return new SshOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_SERVER_ALIVE_INTERVAL, DEFAULT_SERVER_ALIVE_COUNT_MAX,
                HostKeyPolicy.STRICT, Path.of(System.getProperty("user.home")),
                agent == null || agent.isBlank() ? null : Path.of(agent), PassphraseProvider.none());
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(timeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, userHome, agentSocket,
                passphrases);
    }

    public SshOptions withHostKeyPolicy(HostKeyPolicy policy) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, policy, userHome, agentSocket,
                passphrases);
    }

    public SshOptions withUserHome(Path home) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, home, agentSocket,
                passphrases);
    }

    /** {@code null} turns the agent off. */
    public SshOptions withAgentSocket(Path socket) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, userHome, socket,
                passphrases);
    }

    public SshOptions withPassphrases(PassphraseProvider provider) {
        return new SshOptions(connectTimeout, serverAliveInterval, serverAliveCountMax, hostKeyPolicy, userHome,
                agentSocket, provider);
    }

    public Optional<Path> agent() {
        return Optional.ofNullable(agentSocket);
    }

    public Path sshDir() {
        return userHome.resolve(".ssh");
    }

    /** The target's own known_hosts file, else {@code ~/.ssh/known_hosts}. */
    public Path knownHostsFor(Target target) {
        String file = target.knownHosts();
        return file == null || file.isBlank() ? sshDir().resolve("known_hosts") : expand(file);
    }

    /** The SSH config file an alias target names, else {@code ~/.ssh/config}. */
    public Path sshConfigFor(Target target) {
        String file = target.sshConfig();
        return file == null || file.isBlank() ? sshDir().resolve("config") : expand(file);
    }

    /** Expands a leading {@code ~/}, as people type paths that way in the target dialog. */
    public Path expand(String file) {
        if (file.equals("~")) {
            return userHome;
        }
        return file.startsWith("~/") ? userHome.resolve(file.substring(2)) : Path.of(file);
    }
}
