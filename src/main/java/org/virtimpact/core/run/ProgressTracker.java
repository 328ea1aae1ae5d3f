package org.virtimpact.core.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts finished runs and estimates the time to the end. A run's duration is the mean of its
 * cell's runs so far (this run's, else the earlier ones in raw/), else the mean of all runs seen;
 * each lane's remaining runs are summed in order, with the pauses between them, and lanes that run
 * in parallel end when the longest does. Shared by the workers of parallel lanes, hence synchronized.
 */
final class ProgressTracker {

    /**
     * A run with its ids worked out once: a snapshot at every finished run walks every run left,
     * and working a run's ids out (a few regular expressions) each time made garbage enough, in a
     * campaign of a hundred short runs, for a collection about every second, which pauses the
     * window too.
     */
    private record Tracked(PlannedRun run, String runId, String cellId) {
        Tracked(PlannedRun run) {
            this(run, run.runId(), run.cellId());
        }
    }

    private final List<List<Tracked>> lanes;
    private final Map<String, Duration> earlier;
    private final Duration pause;
    private final Map<String, long[]> seen = new HashMap<>();
    private final Set<String> finished = new HashSet<>();
    private final Map<String, int[]> perEnvironment = new LinkedHashMap<>();
    private long seenNanos;
    private int seenCount;
    private int done;
    private int failed;
    private final int total;

    ProgressTracker(List<List<PlannedRun>> lanes, Map<String, Duration> earlier, Duration pause) {
        this.lanes = lanes.stream().map(lane -> lane.stream().map(Tracked::new).toList()).toList();
        this.earlier = earlier;
        this.pause = pause;
        lanes.forEach(lane -> lane.forEach(r -> perEnvironment.computeIfAbsent(r.environment().name(),
                n -> new int[3])[0]++));
        this.total = lanes.stream().mapToInt(List::size).sum();
    }

    synchronized void finished(PlannedRun run, Duration took, boolean ok) {
        if (!finished.add(run.runId())) {
            return;
        }
        long[] cell = seen.computeIfAbsent(run.cellId(), k -> new long[2]);
        cell[0] += took.toNanos();
        cell[1]++;
        seenNanos += took.toNanos();
        seenCount++;
        int[] env = perEnvironment.get(run.environment().name());
        done++;
        env[1]++;
        if (!ok) {
            failed++;
            env[2]++;
        }
    }

    synchronized RunProgress snapshot() {
        Map<String, Optional<Duration>> envRemaining = new HashMap<>();
        Optional<Duration> overall = Optional.of(Duration.ZERO);
        for (List<Tracked> lane : lanes) {
            Optional<Duration> sum = Optional.of(Duration.ZERO);
            boolean firstLeft = true;
            for (Tracked run : lane) {
                if (finished.contains(run.runId())) {
                    continue;
                }
                Optional<Duration> one = estimate(run.cellId());
                Duration gap = firstLeft ? Duration.ZERO : pause;
                firstLeft = false;
                sum = sum.flatMap(s -> one.map(d -> s.plus(d).plus(gap)));
                envRemaining.put(run.run().environment().name(), sum);
            }
            Optional<Duration> laneSum = sum;
            overall = overall.flatMap(o -> laneSum.map(l -> l.compareTo(o) > 0 ? l : o));
        }
        List<RunProgress.EnvironmentProgress> envs = new ArrayList<>();
        perEnvironment.forEach((name, c) -> envs.add(new RunProgress.EnvironmentProgress(name, c[0], c[1], c[2],
                envRemaining.getOrDefault(name, Optional.of(Duration.ZERO)))));
        return new RunProgress(total, done, failed, overall, envs);
    }

    private Optional<Duration> estimate(String cellId) {
        long[] cell = seen.get(cellId);
        if (cell != null) {
            return Optional.of(Duration.ofNanos(cell[0] / cell[1]));
        }
        Duration before = earlier.get(cellId);
        if (before != null) {
            return Optional.of(before);
        }
        if (seenCount > 0) {
            return Optional.of(Duration.ofNanos(seenNanos / seenCount));
        }
        return earlier.isEmpty() ? Optional.empty()
                : Optional.of(Duration.ofMillis((long) earlier.values().stream().mapToLong(Duration::toMillis)
                .average().orElse(0)));
    }
}
