package org.virtimpact.ssh;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.text.Message;

/**
 * Works out the logins that reach a target. An explicit target is taken as written; an alias is
 * looked up in the SSH config for HostName, Port, User, IdentityFile, IdentitiesOnly,
 * UserKnownHostsFile, ConnectTimeout and ProxyJump (whose hosts are looked up too).
 */
final class Routes {

    private static final int MAX_JUMPS = 8;

    private final SshOptions options;

    Routes(SshOptions options) {
        this.options = options;
    }

    Route resolve(Target target) throws ShellException {
        if (target.kind() != Target.Kind.SSH) {
            throw new IllegalArgumentException("an SSH route needs an SSH target, not " + target.describe());
        }
        Path explicitKey = blank(target.identityFile()) ? null : options.expand(target.identityFile());
        Path knownHosts = blank(target.knownHosts()) ? null : options.knownHostsFor(target);
        if (!target.usesSshConfig()) {
            Hop hop = new Hop(target.host(), userOr(target.user(), null), target.host(), target.port(),
                    explicitKey == null ? List.of() : List.of(explicitKey), false, explicitKey,
                    options.knownHostsFor(target));
            return new Route(List.of(), hop, options.connectTimeout());
        }
        String alias = target.hostAlias();
        SshConfig config = load(options.sshConfigFor(target), alias);
        if (!config.names(alias)) {
            throw new ShellException(Reason.UNREACHABLE, Message.of("sshConfig.noHost", "{0} has no ''Host {1}''"
                    + " entry. Add one (Host {1}, then HostName, User, IdentityFile lines), or give the environment an"
                    + " explicit host instead of the alias.", config.file().toString(), alias));
        }
        Map<String, List<String>> settings = config.lookup(alias);
        HopSettings own = new HopSettings(alias, settings, options);
        Hop destination = own.hop(target.user(), target.port(), explicitKey, knownHosts);
        List<Hop> jumps = jumps(config, own, knownHosts, 0);
        return new Route(jumps, destination, own.connectTimeout().orElse(options.connectTimeout()));
    }

    /** The ProxyJump hosts of {@code from}, preceded by the first one's own jumps, as ssh chains them. */
    private List<Hop> jumps(SshConfig config, HopSettings from, Path knownHosts, int depth) throws ShellException {
        List<String> specs = from.proxyJump();
        if (specs.isEmpty()) {
            return List.of();
        }
        if (depth >= MAX_JUMPS) {
            throw new ShellException(Reason.UNREACHABLE, Message.of("sshConfig.longChain", "The ProxyJump chain of"
                    + " {0} in {1} is longer than {2} hosts; does it loop back on itself?", from.name(),
                    config.file().toString(), Integer.toString(MAX_JUMPS)));
        }
        List<Hop> chain = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            JumpSpec spec = JumpSpec.parse(specs.get(i), from.name(), config.file());
            HopSettings jump = new HopSettings(spec.host(), config.lookup(spec.host()), options);
            if (i == 0) {
                chain.addAll(jumps(config, jump, knownHosts, depth + 1));
            }
            chain.add(jump.hop(spec.user(), spec.port(), null, knownHosts));
        }
        return chain;
    }

    private SshConfig load(Path file, String alias) throws ShellException {
        try {
            return SshConfig.parse(file, options.sshDir());
        } catch (NoSuchFileException e) {
            throw new ShellException(Reason.UNREACHABLE, Message.of("sshConfig.missing", "The SSH config {0} does not"
                    + " exist, so the Host alias ''{1}'' can''t be looked up. Create it with a ''Host {1}'' entry, or"
                    + " point the environment to the config file that has one.", file.toString(), alias), e);
        } catch (IOException e) {
            throw new ShellException(Reason.IO, Message.of("sshConfig.unreadable", "Could not read the SSH config"
                    + " {0}: {1}", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    static String userOr(String user, String fallback) {
        if (!blank(user)) {
            return user;
        }
        return blank(fallback) ? System.getProperty("user.name") : fallback;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** One {@code [ssh://][user@]host[:port]} of a ProxyJump list; port 0 when not given. */
    record JumpSpec(String user, String host, int port) {

        static JumpSpec parse(String text, String owner, Path file) throws ShellException {
            String s = text.startsWith("ssh://") ? text.substring("ssh://".length()) : text;
            int at = s.lastIndexOf('@');
            String user = at < 0 ? null : s.substring(0, at);
            String hostPort = s.substring(at + 1);
            String host = hostPort;
            String port = null;
            if (hostPort.startsWith("[") && hostPort.contains("]")) {
                host = hostPort.substring(1, hostPort.indexOf(']'));
                String rest = hostPort.substring(hostPort.indexOf(']') + 1);
                port = rest.startsWith(":") ? rest.substring(1) : null;
            } else if (hostPort.indexOf(':') >= 0 && hostPort.indexOf(':') == hostPort.lastIndexOf(':')) {
                host = hostPort.substring(0, hostPort.indexOf(':'));
                port = hostPort.substring(hostPort.indexOf(':') + 1);
            }
            if (host.isEmpty()) {
                throw bad(text, owner, file, Message.of("sshConfig.jump.noHost", "no host"));
            }
            try {
                int p = port == null ? 0 : Integer.parseInt(port);
                if (p < 0 || p > 65535) {
                    throw bad(text, owner, file, Message.of("sshConfig.jump.portRange", "port {0} is outside"
                            + " 1-65535", Integer.toString(p)));
                }
                return new JumpSpec(user, host, p);
            } catch (NumberFormatException e) {
                throw bad(text, owner, file, Message.of("sshConfig.jump.notPort", "''{0}'' is not a port number",
                        String.valueOf(port)));
            }
        }

        private static ShellException bad(String text, String owner, Path file, Message why) {
            return new ShellException(Reason.UNREACHABLE, Message.of("sshConfig.jump.bad", "ProxyJump ''{0}'' of {1}"
                    + " in {2} is not [user@]host[:port]: {3}.", text, owner, file.toString(), why));
        }
    }
}
