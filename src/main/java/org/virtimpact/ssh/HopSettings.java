package org.virtimpact.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.text.Message;

/** The SSH config's settings for one host name, turned into a {@link Hop} with ssh's rules and tokens. */
final class HopSettings {

    private final String name;
    private final Map<String, List<String>> settings;
    private final SshOptions options;

    HopSettings(String name, Map<String, List<String>> settings, SshOptions options) {
        this.name = name;
        this.settings = settings;
        this.options = options;
    }

    String name() {
        return name;
    }

    /**
     * The hop with the config's values, except where the environment sets its own ({@code user},
     * {@code port} > 0, {@code explicitKey} offered first, {@code knownHosts}).
     */
    Hop hop(String user, int port, Path explicitKey, Path knownHosts) throws ShellException {
        refuseProxyCommand();
        String host = first("hostname").map(h -> expand(h, name, null, 0)).orElse(name);
        int p = port > 0 ? port : port(first("port"));
        String u = Routes.userOr(user, first("user").orElse(null));
        List<Path> files = new ArrayList<>();
        if (explicitKey != null) {
            files.add(explicitKey);
        }
        for (String f : settings.getOrDefault("identityfile", List.of())) {
            if (!f.equalsIgnoreCase("none")) {
                files.add(options.expand(expand(f, host, u, p)));
            }
        }
        boolean only = first("identitiesonly").map(v -> v.equalsIgnoreCase("yes")).orElse(false);
        Path kh = knownHosts != null ? knownHosts
                : first("userknownhostsfile").map(f -> options.expand(expand(f, host, u, p)))
                .orElse(options.sshDir().resolve("known_hosts"));
        return new Hop(name, u, host, p, files, only, explicitKey, kh);
    }

    /** The ProxyJump list, empty for none. */
    List<String> proxyJump() {
        return first("proxyjump").filter(v -> !v.equalsIgnoreCase("none"))
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    Optional<Duration> connectTimeout() throws ShellException {
        Optional<String> value = first("connecttimeout");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int seconds = Integer.parseInt(value.get());
            if (seconds > 0) {
                return Optional.of(Duration.ofSeconds(seconds));
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new ShellException(Reason.IO, Message.of("sshConfig.connectTimeout", "ConnectTimeout ''{0}'' of {1}"
                + " in the SSH config is not a number of seconds above 0.", value.get(), name));
    }

    private void refuseProxyCommand() throws ShellException {
        Optional<String> command = first("proxycommand");
        if (command.isPresent() && !command.get().equalsIgnoreCase("none")) {
            throw new ShellException(Reason.UNREACHABLE, Message.of("sshConfig.proxyCommand", "The SSH config"
                    + " reaches {0} through ProxyCommand, which VirtImpact does not run (it would start a program"
                    + " named in a config file). Use ProxyJump instead, e.g. ''ProxyJump user@bastion'' in place of"
                    + " ''ProxyCommand ssh -W %h:%p user@bastion''.", name));
        }
    }

    private int port(Optional<String> value) throws ShellException {
        if (value.isEmpty()) {
            return Target.DEFAULT_SSH_PORT;
        }
        try {
            int p = Integer.parseInt(value.get());
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new ShellException(Reason.IO, Message.of("sshConfig.port", "Port ''{0}'' of {1} in the SSH config is"
                + " not a port number (1-65535).", value.get(), name));
    }

    private Optional<String> first(String keyword) {
        List<String> values = settings.get(keyword.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** ssh's tokens: %h host, %p port, %r remote user, %u local user, %d home, %n alias, %% a percent sign. */
    private String expand(String value, String host, String remoteUser, int port) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char t = value.charAt(++i);
            switch (t) {
                case 'h' -> out.append(host);
                case 'p' -> out.append(port);
                case 'r' -> out.append(remoteUser == null ? "" : remoteUser);
                case 'u' -> out.append(System.getProperty("user.name"));
                case 'd' -> out.append(options.userHome());
                case 'n' -> out.append(name);
                case '%' -> out.append('%');
                default -> out.append('%').append(t);
            }
        }
        return out.toString();
    }
}
