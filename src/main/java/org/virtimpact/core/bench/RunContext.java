package org.virtimpact.core.bench;

import java.util.Map;
import java.util.Objects;

/**
 * Where one run happens on the target.
 *
 * @param scratchDir folder for the benchmark's temporary files
 * @param runToken   unique, file-name-safe token for this run's temporary files
 * @param agents     path of each compiled agent binary on the target, by agent name
 */
public record RunContext(String scratchDir, String runToken, Map<String, String> agents) {

    public RunContext {
        Objects.requireNonNull(scratchDir, "scratchDir");
        if (!runToken.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("run token must be file-name safe: " + runToken);
        }
        agents = Map.copyOf(agents);
    }

    public String agent(String name) {
        String path = agents.get(name);
        if (path == null) {
            throw new IllegalStateException("agent " + name + " was not installed on the target");
        }
        return path;
    }
}
