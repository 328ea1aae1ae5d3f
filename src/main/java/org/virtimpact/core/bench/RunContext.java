package org.virtimpact.core.bench;

import java.util.Map;
import java.util.Objects;

/**
 * Where one run happens on the target.
 *
 * @param scratchDir folder for the benchmark's temporary files
 * @param runToken   unique, file-name-safe token for this run's temporary files
 * @param agents     path of each compiled agent binary on the target, by agent name
 * @param peerHost   address of the network peer (netserver, iperf3 server) as the target reaches
 *                   it; empty when the environment has none
 */
public record RunContext(String scratchDir, String runToken, Map<String, String> agents, String peerHost) {

    public RunContext {
        Objects.requireNonNull(scratchDir, "scratchDir");
        if (!runToken.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("run token must be file-name safe: " + runToken);
        }
        agents = Map.copyOf(agents);
        peerHost = peerHost == null ? "" : peerHost;
    }

    public String agent(String name) {
        String path = agents.get(name);
        if (path == null) {
            throw new IllegalStateException("agent " + name + " was not installed on the target");
        }
        return path;
    }
}
