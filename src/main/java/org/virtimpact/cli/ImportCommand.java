package org.virtimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.virtimpact.core.bench.Benchmark;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.BenchmarkSpec;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.CampaignException;
import org.virtimpact.core.campaign.CampaignStore;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.ImportException;
import org.virtimpact.core.results.LongCsvImporter;
import org.virtimpact.core.results.PublishedCsv;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.results.ResultsFolder;
import org.virtimpact.core.results.Sample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code virtimpact import DIR --tool TOOL --environment NAME FILE...}: adds runs measured
 * elsewhere (old logs, a colleague's guest) to a campaign, parsed by the same parser a run uses.
 * Each file is one run: its samples go to {@code results.csv} with status {@code imported}, and a
 * copy of the file to {@code raw/} under the run's id. Every file is read and parsed before
 * anything is written, so one bad file leaves the campaign as it was.
 *
 * <p>{@code virtimpact import DIR --csv FILE} instead reads long-format rows (runs and published
 * summaries, see {@link LongCsvImporter}); it takes none of the saved-output options, and is
 * checked in {@link #call} rather than by a picocli group so the refusal names what to drop.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds saved benchmark output to the campaign in DIR, one run per FILE, with status"
            + " 'imported'; the statistics count these runs like measured ones.",
            "Nothing is written unless every file parses.",
            "With --csv FILE instead: adds the long-format rows of FILE, runs to results.csv and published"
                + " summaries (rows with n or sd) to published.csv; nothing is written unless every row is valid."})
final class ImportCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final PrintWriter err;
    private final BenchmarkCatalog catalog;
    private final Clock clock;
    private final CampaignStore store = new CampaignStore();

    @Parameters(index = "0", paramLabel = "DIR", description = "Campaign folder holding campaign.json.")
    private Path dir;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", description = "Saved output of one run each.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--tool", paramLabel = "TOOL", description = "The benchmark whose output the files are.")
    private String tool;

    @Option(names = "--environment", paramLabel = "NAME", description = "The campaign's environment the runs were"
            + " measured on.")
    private String environment;

    @Option(names = "--axis", paramLabel = "KEY=VALUE", description = "The matrix cell the runs belong to, one axis"
            + " each time (e.g. --axis test=UDP_STREAM --axis message=512).")
    private Map<String, String> axes = new LinkedHashMap<>();

    @Option(names = "--csv", paramLabel = "FILE", description = "A long-format CSV to import instead of saved output"
            + " (columns environment, device, benchmark, metric, value, unit; others are axes).")
    private Path csv;

    ImportCommand(PrintWriter out, PrintWriter err, BenchmarkCatalog catalog, Clock clock) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Called by picocli after reading the annotations; the stream advice comes from the catalog, never stale. */
    @Spec
    void describeStreams(CommandSpec spec) {
        List<String> description = new ArrayList<>(List.of(spec.usageMessage().description()));
        description.add(1, ParseCommand.streamsHelp(catalog) + " (netperf: both streams of a log are fine.)");
        spec.usageMessage().description(description.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        try {
            if (csv != null) {
                return importCsv();
            }
            if (tool == null) {
                throw new BadInput("Say what the files are with --tool TOOL (one of: " + toolIds() + "), or import a"
                        + " long-format CSV with --csv FILE.");
            }
            return importSavedOutput();
        } catch (BadInput | CampaignException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        } catch (SavedRuns.Unreadable e) {
            e.problems().forEach(err::println);
            err.println("Nothing was imported.");
            return VirtImpactCli.BAD_INPUT;
        } catch (ImportException e) {
            e.problems().forEach(err::println);
            err.println("Nothing was imported.");
            return VirtImpactCli.BAD_INPUT;
        } catch (ResultsException e) {
            err.println(e.getMessage());
            return VirtImpactCli.BAD_INPUT;
        }
    }

    private int importCsv() throws BadInput, CampaignException, ImportException, ResultsException {
        List<String> clashing = new ArrayList<>();
        if (tool != null) {
            clashing.add("--tool");
        }
        if (environment != null) {
            clashing.add("--environment");
        }
        if (!axes.isEmpty()) {
            clashing.add("--axis");
        }
        if (!files.isEmpty()) {
            clashing.add("FILE");
        }
        if (!clashing.isEmpty()) {
            throw new BadInput("--csv FILE takes its environments and axes from the CSV's columns; drop "
                    + String.join(", ", clashing) + ", which are for saved tool output (import it separately).");
        }
        // a mistyped DIR is named as such, not taken for an empty campaign the rows would start
        store.load(dir);
        LongCsvImporter.Imported imported = new LongCsvImporter(new ResultsFolder(), clock).importInto(dir, csv);
        long runs = imported.runs().stream().map(Sample::runId).distinct().count();
        int summaries = imported.summaries().size();
        out.println("Imported from " + csv.getFileName() + ": " + runs + (runs == 1 ? " run" : " runs") + " ("
                + imported.runs().size() + " samples) into " + dir.resolve(ResultsFolder.RESULTS) + ", " + summaries
                + (summaries == 1 ? " published summary" : " published summaries") + " into "
                + dir.resolve(PublishedCsv.FILE) + ".");
        return VirtImpactCli.OK;
    }

    private int importSavedOutput() throws BadInput, CampaignException, SavedRuns.Unreadable, ResultsException {
        Benchmark benchmark = catalog.find(tool).orElseThrow(() -> new BadInput("Unknown tool '" + tool
                + "'. Use one of: " + toolIds() + "."));
        Campaign campaign = store.load(dir);
        if (environment == null) {
            throw new BadInput("Say which environment the runs were measured on with --environment NAME; "
                    + known(campaign) + ".");
        }
        Environment env = campaign.environment(environment).orElseThrow(() -> new BadInput("The campaign in " + dir
                + " has no environment '" + environment + "'; " + known(campaign) + "."));
        if (files.isEmpty()) {
            throw new BadInput("Give at least one saved output FILE to import.");
        }
        TestCase cell = cell(benchmark, campaign);
        SavedRuns runs = new SavedRuns(dir, benchmark, env, cell, clock);
        SavedRuns.Imported imported = runs.importAll(files);
        imported.warnings().forEach(w -> err.println("Warning: " + w));
        out.println("Imported " + files.size() + (files.size() == 1 ? " run" : " runs") + " (" + imported.samples()
                + " samples) of " + benchmark.id() + (cell.params().isEmpty() ? "" : " " + cell.label()) + " on "
                + env.name() + " into " + dir.resolve("results.csv") + ", status imported; copies in "
                + dir.resolve("raw") + ".");
        return VirtImpactCli.OK;
    }

    /**
     * The cell the runs land in. Axis names must be the benchmark's; values outside the campaign's
     * matrix are allowed (old runs may have used other sizes) but said, and a complete cell must
     * pass the benchmark's own checks, as a measured one would.
     */
    private TestCase cell(Benchmark benchmark, Campaign campaign) throws BadInput {
        Map<String, List<String>> known = new LinkedHashMap<>(benchmark.defaultAxes());
        campaign.benchmarks().stream().filter(s -> s.benchmark().equals(benchmark.id()))
                .forEach(s -> known.putAll(s.axes()));
        for (Map.Entry<String, String> axis : axes.entrySet()) {
            if (!known.containsKey(axis.getKey())) {
                throw new BadInput("--axis " + axis.getKey() + ": " + benchmark.id() + " has no axis '" + axis.getKey()
                        + "'; its axes are " + String.join(", ", known.keySet()) + ".");
            }
            if (axis.getValue().isBlank()) {
                throw new BadInput("--axis " + axis.getKey() + " has no value; write --axis " + axis.getKey() + "=VALUE.");
            }
        }
        Optional<BenchmarkSpec> spec = campaign.benchmarks().stream().filter(s -> s.benchmark().equals(benchmark.id()))
                .findFirst();
        spec.ifPresent(s -> axes.forEach((k, v) -> {
            if (s.axes().containsKey(k) && !s.axes().get(k).contains(v)) {
                out.println("Note: " + k + "=" + v + " is not among the campaign's values for " + benchmark.id() + " ("
                        + String.join(", ", s.axes().get(k)) + "); these runs form a cell of their own.");
            }
        }));
        TestCase cell = new TestCase(benchmark.id(), axes, spec.map(BenchmarkSpec::options).orElse(Map.of()));
        if (axes.keySet().containsAll(known.keySet())) {
            List<String> problems = benchmark.validate(cell);
            if (!problems.isEmpty()) {
                throw new BadInput("The cell " + cell.label() + " can't hold " + benchmark.id() + " runs: "
                        + String.join("; ", problems));
            }
        }
        return cell;
    }

    private String toolIds() {
        return String.join(", ", catalog.all().stream().map(Benchmark::id).toList());
    }

    private static String known(Campaign campaign) {
        List<String> names = campaign.environments().stream().map(e -> "'" + e.name() + "'").toList();
        return names.isEmpty() ? "it has none yet (add one with virtimpact env add)"
                : "its environments are " + String.join(", ", names);
    }
}
