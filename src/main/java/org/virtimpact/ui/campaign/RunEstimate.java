package org.virtimpact.ui.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.core.campaign.TestCase;

/**
 * How many repetitions a campaign makes and roughly how long they take: each cell as long as it
 * took before on that environment, else on another one, else a rough figure per benchmark; its
 * warm-ups take as long, and the pause between runs is added. Pure arithmetic, cheap enough to
 * redo on every key stroke.
 *
 * @param runs          environments × cells × repetitions (warm-ups are not counted as runs)
 * @param duration      the sum of every repetition's expected duration
 * @param measuredCells cells (per environment) whose duration comes from earlier runs
 * @param cells         cells per environment in all
 */
record RunEstimate(long runs, Duration duration, int measuredCells, int cells) {

    /** Rough seconds per repetition when a cell never ran here; dd is sized below. */
    private static final Map<String, Long> ROUGH_MILLIS = Map.of("membw", 10_000L, "linpack", 5_000L,
            "linpackc", 10_000L, "stream", 15_000L, "iperf3", 12_000L, "netperf", 12_000L, "fio", 35_000L);
    private static final long UNKNOWN_MILLIS = 10_000L;
    /** dd writes, syncs and reads its file back; a disk of about 100 MB/s, plus starting up. */
    private static final long DD_BYTES_PER_MILLI = 100_000L;
    private static final long DD_OVERHEAD_MILLIS = 1_000L;

    static RunEstimate of(Campaign campaign, Settings settings, RunDurations durations) {
        int repetitions = settings.repetitions();
        int perCell = repetitions + settings.warmups();
        MatrixExpander expander = new MatrixExpander();
        long millis = 0;
        int measured = 0;
        int cells = 0;
        List<Environment> envs = campaign.environments();
        for (BenchmarkSpec spec : campaign.benchmarks()) {
            List<TestCase> specCells;
            try {
                specCells = expander.expand(spec);
            } catch (IllegalArgumentException e) {
                continue;   // an axis without values makes no cell yet
            }
            for (TestCase cell : specCells) {
                cells++;
                OptionalDouble elsewhere = envs.stream().map(env -> durations.of(env, cell))
                        .flatMap(Optional::stream).mapToLong(Long::longValue).average();
                for (Environment env : envs) {
                    Optional<Long> here = durations.of(env, cell);
                    if (here.isPresent()) {
                        measured++;
                        millis += here.get() * perCell;
                    } else if (elsewhere.isPresent()) {
                        measured++;
                        millis += Math.round(elsewhere.getAsDouble()) * perCell;
                    } else {
                        millis += rough(cell) * perCell;
                    }
                }
            }
        }
        long runs = (long) cells * envs.size() * repetitions;
        millis += (runs + (long) cells * envs.size() * settings.warmups()) * settings.pauseSeconds() * 1000L;
        return new RunEstimate(runs, Duration.ofMillis(millis),
                measured, cells * envs.size());
    }

    /** True when every cell's duration was measured before, so the estimate is more than a guess. */
    boolean measured() {
        return cells > 0 && measuredCells == cells;
    }

    static long rough(TestCase cell) {
        if (cell.benchmark().equals("dd")) {
            try {
                long bytes = Sizes.parseBytes(cell.param("size", cell.option("size", "")));
                return DD_OVERHEAD_MILLIS + 2 * bytes / DD_BYTES_PER_MILLI;
            } catch (IllegalArgumentException e) {
                return UNKNOWN_MILLIS;
            }
        }
        return ROUGH_MILLIS.getOrDefault(cell.benchmark(), UNKNOWN_MILLIS);
    }
}
