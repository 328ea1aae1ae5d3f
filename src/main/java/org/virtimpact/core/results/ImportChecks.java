package org.virtimpact.core.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.virtimpact.core.text.Message;

/**
 * The checks that need more than one row: the same run or summary twice in the file, a row
 * already in the campaign (the file imported before), a summary for a cell the file also gives
 * runs for. Rows become samples here, with run ids that are the same every time the same file is
 * imported, which is what lets a second import be recognised and refused.
 */
final class ImportChecks {

    private final Map<String, String> existingRuns = new HashMap<>();
    private final Map<String, String> existingSummaries = new HashMap<>();

    private final String sourceName;

    ImportChecks(ResultSet existing, String sourceName) {
        this.sourceName = sourceName;
        existing.samples().forEach(s -> existingRuns.put(s.runId() + "\u0000" + s.metric(), s.runId()));
        existing.published().forEach(p -> existingSummaries.put(cell(p.environment(), p.device(), p.benchmark(),
                p.metric(), p.unit(), p.axes()), p.source()));
    }

    LongCsvImporter.Imported check(List<LongCsvRow> rows, List<Message> problems) {
        Map<String, Integer> runLines = new HashMap<>();
        Map<String, Integer> summaryLines = new HashMap<>();
        Map<String, Integer> runCells = new HashMap<>();
        Map<String, Integer> repetitions = new HashMap<>();
        List<Sample> runs = new ArrayList<>();
        List<PublishedSummary> summaries = new ArrayList<>();
        for (LongCsvRow r : rows) {
            String cell = cell(r.environment(), r.device(), r.benchmark(), r.metric(), r.unit(), r.axes());
            if (r.summary()) {
                Integer before = summaryLines.putIfAbsent(cell, r.line());
                if (before != null) {
                    problems.add(line(r.line(), Message.of("import.repeatedSummary", "repeats the published summary"
                            + " of line {0} (same environment, device, benchmark, metric, unit and axes)",
                            Integer.toString(before))));
                } else if (existingSummaries.containsKey(cell)) {
                    problems.add(line(r.line(), Message.of("import.summaryExists", "this cell already has a"
                            + " published summary in {0} ({1}); was the file imported before?", PublishedCsv.FILE,
                            existingSummaries.get(cell))));
                }
                summaries.add(new PublishedSummary(r.environment(), r.device(), r.benchmark(), r.metric(), r.unit(),
                        r.value(), r.n(), r.sd(), r.axes(), sourceName + " line " + r.line()));
                continue;
            }
            runCells.putIfAbsent(cell, r.line());
            int repetition = r.repetition().orElseGet(() -> repetitions.merge(cell, 1, Integer::sum));
            String runId = r.runId().isEmpty() ? runId(r, repetition) : r.runId();
            String key = runId + "\u0000" + r.metric();
            Integer before = runLines.putIfAbsent(key, r.line());
            if (before != null) {
                problems.add(line(r.line(), Message.of("import.repeatedRun", "repeats line {0} (same run {1} and"
                        + " metric {2}); give each run its own repetition number", Integer.toString(before), runId,
                        r.metric())));
            } else if (existingRuns.containsKey(key)) {
                problems.add(line(r.line(), Message.of("import.runExists", "run {0} ({1}) is already in {2}; was"
                        + " the file imported before? To add more runs give them new repetition numbers", runId,
                        r.metric(), ResultsFolder.RESULTS)));
            }
            runs.add(new Sample(runId, r.timestamp(), r.environment(), r.device(), r.benchmark(), r.metric(),
                    r.value(), r.unit(), repetition, r.status(), r.axes()));
        }
        summaryLines.forEach((cell, line) -> {
            Integer runLine = runCells.get(cell);
            if (runLine != null) {
                problems.add(line(line, Message.of("import.summaryAndRuns", "is a published summary (it has n or"
                        + " sd) of a cell that line {0} gives runs for; import them under different environment"
                        + " names", Integer.toString(runLine))));
            }
        });
        return new LongCsvImporter.Imported(runs, summaries);
    }

    private static Message line(int line, Message what) {
        return Message.of("import.line", "line {0}: {1}", Integer.toString(line), what);
    }

    /** One id per environment, benchmark, axes and repetition: a repetition's metrics share it. */
    private static String runId(LongCsvRow r, int repetition) {
        String slug = r.environment().replaceAll("[^A-Za-z0-9._-]+", "-");
        String identity = r.environment() + "\u0000" + r.benchmark() + "\u0000" + new TreeMap<>(r.axes())
                + "\u0000" + repetition;
        return "import." + slug + "." + r.benchmark().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + hash(identity)
                + ".r" + repetition;
    }

    private static String cell(String env, String device, String benchmark, String metric, String unit,
                               Map<String, String> axes) {
        return String.join("\u0000", env, device, benchmark, metric, unit, new TreeMap<>(axes).toString());
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
