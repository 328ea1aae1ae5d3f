package org.virtimpact.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellQuote;
import org.virtimpact.core.results.Sample;

/** Small campaigns and helpers shared by the run tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Environment local(String name, Path scratch) {
        return new Environment(name, "native", "", Target.local(), scratch.toString(), "");
    }

    static BenchmarkSpec dd(String size, String block) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put("size", List.of(size));
        axes.put("block", List.of(block));
        return new BenchmarkSpec("dd", axes, Map.of());
    }

    static BenchmarkSpec membw(String array, String ntimes) {
        return new BenchmarkSpec("membw", Map.of("array", List.of(array)), Map.of("ntimes", ntimes));
    }

    static Campaign campaign(List<Environment> envs, List<BenchmarkSpec> specs, int repetitions) {
        return new Campaign("test", "", envs, specs, new Settings(repetitions, 60));
    }

    static Campaign campaign(List<Environment> envs, List<BenchmarkSpec> specs, Settings settings) {
        return new Campaign("test", "", envs, specs, settings);
    }

    /** Sequential, no warm-up, no retry: what each test then turns on itself. */
    static Settings plain(int repetitions) {
        return new Settings(repetitions, 60);
    }

    static Environment local(String name, String group, Path scratch) {
        return new Environment(name, "native", group, Target.local(), scratch.toString(), "");
    }

    static CampaignRunner localRunner() {
        return new CampaignRunner(env -> new LocalShell(), BenchmarkCatalog.standard(), Clock.systemUTC());
    }

    static RunPlanner planner() {
        return new RunPlanner(BenchmarkCatalog.standard());
    }

    static List<String> ddLeftovers(Path scratch) throws IOException {
        if (!Files.isDirectory(scratch)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scratch)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".virtimpact-dd-")).toList();
        }
    }

    static List<String> leftovers(Path scratch, String prefix) throws IOException {
        if (!Files.isDirectory(scratch)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scratch)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }

    /** A folder holding links to just the named commands, to stand for a machine missing the rest. */
    static Path binWith(Path bin, String... commands) throws IOException {
        Files.createDirectories(bin);
        for (String c : commands) {
            Files.createSymbolicLink(bin.resolve(c), Path.of("/bin", c).toRealPath());
        }
        return bin;
    }

    /** Records what reaches the real shell; with a {@code bin}, every command sees only that folder on its PATH. */
    static final class RecordingShell implements Shell {
        private final Shell delegate;
        private final String prefix;
        final List<String> commands = new ArrayList<>();
        final List<String> uploads = new ArrayList<>();

        RecordingShell(Shell delegate, Path bin) {
            this.delegate = delegate;
            this.prefix = bin == null ? "" : "PATH=" + ShellQuote.quote(bin.toString()) + "; export PATH; ";
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            commands.add(command);
            return delegate.exec(prefix + command, timeout, cancel);
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            uploads.add(path);
            delegate.upload(content, path);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Remembers every listener call, in order, for assertions. */
    static class RecordingListener implements RunListener {
        final List<PlannedRun> started = new ArrayList<>();
        final List<Integer> startedIndexes = new ArrayList<>();
        final List<Sample> samples = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<RunReport> finished = new ArrayList<>();

        @Override
        public void caseStarted(int index, int total, PlannedRun run) {
            startedIndexes.add(index);
            started.add(run);
        }

        @Override
        public void sampleRecorded(Sample sample) {
            samples.add(sample);
        }

        @Override
        public void caseFailed(PlannedRun run, String reason) {
            failed.add(run.runId() + ": " + reason);
        }

        @Override
        public void runFinished(RunReport report) {
            finished.add(report);
        }
    }
}
