package org.virtimpact.cli;

import org.virtimpact.core.campaign.Target;

/**
 * The {@code [USER@]HOST[:PORT]} of {@code --ssh}, as people write it after {@code ssh}; an IPv6
 * address goes in brackets when a port follows ({@code [fe80::1]:2222}). Port 0 means "not given".
 */
record SshAddress(String user, String host, int port) {

    static SshAddress parse(String text) throws BadInput {
        String s = text.strip();
        int at = s.lastIndexOf('@');
        String user = at < 0 ? null : s.substring(0, at);
        String hostPort = s.substring(at + 1);
        if (user != null && user.isEmpty()) {
            throw new BadInput("--ssh " + text + ": nothing before '@'; write USER@HOST, or just HOST.");
        }
        String host = hostPort;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new BadInput("--ssh " + text + ": '[' without ']'; write [ADDRESS]:PORT for IPv6.");
            }
            host = hostPort.substring(1, close);
            String rest = hostPort.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new BadInput("--ssh " + text + ": unexpected '" + rest + "' after ']'.");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else if (hostPort.indexOf(':') >= 0 && hostPort.indexOf(':') == hostPort.lastIndexOf(':')) {
            host = hostPort.substring(0, hostPort.indexOf(':'));
            port = hostPort.substring(hostPort.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            throw new BadInput("--ssh " + text + ": no host; write [USER@]HOST[:PORT].");
        }
        return new SshAddress(user, host, port == null ? 0 : port(text, port));
    }

    private static int port(String text, String port) throws BadInput {
        try {
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput("--ssh " + text + ": '" + port + "' is not a port number (1-65535).");
    }

    Target target(String identityFile, String knownHosts) {
        return Target.ssh(user, host, port, identityFile, knownHosts);
    }
}
