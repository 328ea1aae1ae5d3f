package org.virtimpact.core.preflight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.bench.PeerService;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.bench.dd.DdBenchmark;
import org.virtimpact.core.bench.fio.FioBenchmark;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.MatrixExpander;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.run.PeerPlanning;

/**
 * What the campaign's matrix asks of one environment: the tools its cells run, the largest file
 * a cell writes into the scratch folder, whether a cell drops the page cache, and the servers its
 * network cells talk to. Cells with invalid values are left out; the campaign's own table names them.
 * Cells the planner leaves out on this environment ({@link PeerPlanning#skips}: it only hosts
 * another's servers) ask for nothing but the server program, so check and run agree.
 *
 * @param tools      each program, with the benchmarks that run it
 * @param largest    the largest scratch file, if any cell writes one
 * @param dropCaches the dd cells that read with {@code read_mode=drop_caches}, which needs root
 * @param peers      each server (by name and port) this environment's cells talk to, with their benchmarks
 * @param served     each server this environment hosts as another's managed peer instead of running the cells
 */
record MatrixNeeds(Map<String, Set<String>> tools, Optional<ScratchFile> largest, List<String> dropCaches,
                   List<PeerNeed> peers, List<PeerNeed> served) {

    /** @param cell for messages, e.g. "dd size=4G block=512" */
    record ScratchFile(long bytes, String cell) {
    }

    /** @param tool the program the server is, looked for on a managed peer */
    record PeerNeed(PeerService service, String tool, Set<String> benchmarks) {
    }

    MatrixNeeds {
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        dropCaches = List.copyOf(dropCaches);
        peers = List.copyOf(peers);
        served = List.copyOf(served);
    }

    static MatrixNeeds of(Campaign campaign, BenchmarkCatalog catalog, Environment env) {
        PeerPlanning planning = new PeerPlanning(campaign, catalog);
        Map<String, Set<String>> tools = new LinkedHashMap<>();
        ScratchFile largest = null;
        List<String> dropCaches = new ArrayList<>();
        Map<String, PeerNeed> peers = new LinkedHashMap<>();
        Map<String, PeerNeed> served = new LinkedHashMap<>();
        for (Cell cell : cells(campaign, catalog)) {
            String id = cell.benchmark().id();
            Optional<PeerService> service = cell.benchmark().peerService(cell.testCase());
            if (planning.skips(env, cell.testCase())) {
                service.ifPresent(s -> {
                    add(served, s, id);
                    tools.computeIfAbsent(tool(s), k -> new LinkedHashSet<>()).add(id);
                });
                continue;
            }
            cell.benchmark().requiredTools(cell.testCase())
                    .forEach(t -> tools.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(id));
            Optional<Long> bytes = scratchBytes(cell.testCase());
            if (bytes.isPresent() && (largest == null || bytes.get() > largest.bytes())) {
                largest = new ScratchFile(bytes.get(), id + " " + cell.testCase().label());
            }
            if (dropsCaches(cell.testCase())) {
                dropCaches.add(id + " " + cell.testCase().label());
            }
            service.ifPresent(s -> add(peers, s, id));
        }
        return new MatrixNeeds(tools, Optional.ofNullable(largest), dropCaches, List.copyOf(peers.values()),
                List.copyOf(served.values()));
    }

    private static void add(Map<String, PeerNeed> needs, PeerService service, String benchmark) {
        needs.computeIfAbsent(service.name() + ":" + service.port(),
                k -> new PeerNeed(service, tool(service), new LinkedHashSet<>())).benchmarks().add(benchmark);
    }

    boolean writesScratchFiles() {
        return largest.isPresent();
    }

    private record Cell(Benchmark benchmark, TestCase testCase) {
    }

    private static List<Cell> cells(Campaign campaign, BenchmarkCatalog catalog) {
        MatrixExpander expander = new MatrixExpander();
        List<Cell> cells = new ArrayList<>();
        for (BenchmarkSpec spec : campaign.benchmarks()) {
            Optional<Benchmark> benchmark = catalog.find(spec.benchmark());
            if (benchmark.isEmpty()) {
                continue;
            }
            try {
                expander.expand(spec).stream().filter(tc -> benchmark.get().validate(tc).isEmpty())
                        .forEach(tc -> cells.add(new Cell(benchmark.get(), tc)));
            } catch (IllegalArgumentException e) {
                // an axis without values: the campaign's table reports it through the planner
            }
        }
        return cells;
    }

    /*
     * Which options size a scratch file or drop caches is dd's and fio's knowledge, read here
     * through their public option names; it belongs on Benchmark beside requiredTools once
     * those classes settle, so a new disk benchmark can't be forgotten here.
     */
    private static Optional<Long> scratchBytes(TestCase tc) {
        return switch (tc.benchmark()) {
            case DdBenchmark.ID -> Optional.of(Sizes.parseBytes(setting(tc, DdBenchmark.SIZE, "")));
            case FioBenchmark.ID -> Optional.of(Sizes.parseBytes(tc.option(FioBenchmark.SIZE, "1G")));
            default -> Optional.empty();
        };
    }

    private static boolean dropsCaches(TestCase tc) {
        return tc.benchmark().equals(DdBenchmark.ID)
                && setting(tc, DdBenchmark.READ_MODE, "cached").equals("drop_caches")
                && !setting(tc, DdBenchmark.DIRECTION, "both").equals("write");
    }

    private static String setting(TestCase tc, String key, String fallback) {
        return tc.param(key, tc.option(key, fallback));
    }

    /** "iperf3 -s" runs iperf3, "netserver" is its own program: the first word of the server's name. */
    private static String tool(PeerService service) {
        return service.name().strip().split("\\s+")[0];
    }
}
