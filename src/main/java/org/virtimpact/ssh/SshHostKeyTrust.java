package org.virtimpact.ssh;

import com.jcraft.jsch.Session;
import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.HostKeyTrust;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.remote.ShellException;

/**
 * {@link HostKeyTrust} over SSH: walks the target's route (its ProxyJump hosts, then the target)
 * and stops at the first key known_hosts does not vouch for. Only trusted jump hosts are logged
 * in to on the way, so no key is ever offered to a host nobody has checked.
 */
public final class SshHostKeyTrust implements HostKeyTrust {

    private final SshOptions options;

    public SshHostKeyTrust(SshOptions options) {
        this.options = options;
    }

    @Override
    public ScannedHostKey scan(Target target) throws ShellException {
        Route route = new Routes(options).resolve(target);
        List<Hop> hops = route.hops();
        List<Session> open = new ArrayList<>();
        LoginKeys keys = new LoginKeys(options);
        try {
            for (int i = 0; i < hops.size(); i++) {
                Hop hop = hops.get(i);
                boolean jump = i < hops.size() - 1;
                Session via = open.isEmpty() ? null : open.get(open.size() - 1);
                HostKeyInfo key = HostKeys.scan(hop.host(), hop.port(), via, route.connectTimeout());
                ScannedHostKey.State state = HostKeys.state(hop.knownHosts(), key);
                if (state != ScannedHostKey.State.TRUSTED || !jump) {
                    return key.scanned(state, hop.knownHosts(), jump);
                }
                open.add(SessionChain.login(hop, via, keys, options, route.connectTimeout(), target.describe()));
            }
            throw new IllegalStateException("a route always ends with its destination");
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).disconnect();
            }
        }
    }

    @Override
    public boolean accept(Target target, ScannedHostKey key) throws ShellException {
        Route route = new Routes(options).resolve(target);
        Hop hop = route.hops().stream().filter(h -> h.host().equals(key.host()) && h.port() == key.port())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the key of " + key.address()
                        + " can't be accepted for " + target.describe() + ", whose route is " + route.describe()));
        return HostKeys.accept(hop.knownHosts(), HostKeyInfo.of(key));
    }
}
