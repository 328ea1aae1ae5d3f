package org.virtimpact.core.preflight;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellQuote;

/** Small campaigns and helpers shared by the preflight tests. */
final class PreflightFixtures {

    private PreflightFixtures() {
    }

    static Environment local(String name, Path scratch) {
        return local(name, scratch.toString(), "");
    }

    static Environment local(String name, String scratch, String peer) {
        return new Environment(name, "native", "", Target.local(), scratch, peer);
    }

    static BenchmarkSpec dd(String size) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("size", List.of(size));
        axes.put("block", List.of("4K"));
        return new BenchmarkSpec("dd", axes, Map.of());
    }

    static BenchmarkSpec spec(String benchmark, Map<String, List<String>> axes, Map<String, String> options) {
        return new BenchmarkSpec(benchmark, axes, options);
    }

    static Campaign campaign(List<Environment> envs, BenchmarkSpec... specs) {
        return new Campaign("preflight test", "", envs, List.of(specs), new Settings(1, 60));
    }

    static CheckRow row(PreflightReport report, String env, String name) {
        return report.environments().stream().filter(t -> t.name().equals(env)).findFirst().orElseThrow()
                .rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "' for " + env + " in " + report));
    }

    /** The real shell with PATH cut down to one folder: a target that lacks every other program. */
    record PathShell(Shell delegate, Path bin) implements Shell {
        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            return delegate.exec("PATH=" + ShellQuote.quote(bin.toString()) + "; export PATH; " + command, timeout,
                    cancel);
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            delegate.upload(content, path);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
