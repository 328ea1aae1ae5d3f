package org.virtimpact.core.bench.membw;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads the output of {@code agents/membw.c}: key-value lines, perhaps a "warning: …" line (kept
 * in the raw output, the numbers still count), one line per kernel, then its own check.
 */
final class MembwOutputParser {

    private static final Pattern KERNEL = Pattern.compile(
            "^kernel (Copy|Scale|Add|Triad) best_MBps (\\d+(?:\\.\\d+)?) avg_MBps (\\d+(?:\\.\\d+)?) .*$");
    private static final String PASSED = "validation passed";
    private static final String FAILED = "validation failed";
    private static final String ERROR_PREFIX = "membw: ";

    List<Measurement> parse(CommandResult result) throws OutputParseException {
        // membw says why it stopped in one "membw: ..." line; a log saved with 2>&1 holds it on stdout.
        Optional<String> reason = errorLine(result.stderr()).or(() -> errorLine(result.stdout()));
        if (reason.isPresent()) {
            throw new OutputParseException("membw failed" + (result.succeeded() ? "" : " (exit status "
                    + result.exitCode() + ")") + ": " + reason.get().substring(ERROR_PREFIX.length()));
        }
        List<Measurement> best = new ArrayList<>();
        List<Measurement> avg = new ArrayList<>();
        boolean passed = false;
        String[] lines = result.stdout().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = KERNEL.matcher(line);
            if (m.matches()) {
                String metric = m.group(1).toLowerCase(Locale.ROOT);
                best.add(new Measurement(metric, Double.parseDouble(m.group(2)), "MB/s"));
                avg.add(new Measurement(metric + "_avg", Double.parseDouble(m.group(3)), "MB/s"));
            } else if (line.equals(FAILED)) {
                throw new OutputParseException("membw's results failed its own check (line " + (i + 1)
                        + "); the memory or the compiler produced wrong values, so no rate is recorded");
            } else if (line.equals(PASSED)) {
                passed = true;
            } else if (line.startsWith("kernel ")) {
                throw new OutputParseException("unreadable membw kernel line " + (i + 1) + ": '" + line + "'");
            }
        }
        if (!result.succeeded() && !result.stderr().isBlank()) {
            throw new OutputParseException("membw failed (exit status " + result.exitCode() + "): "
                    + result.stderr().strip().lines().reduce((a, b) -> b).orElse(""));
        }
        if (best.size() != MembwBenchmark.KERNELS.size()) {
            throw new OutputParseException("expected membw's 4 kernel lines (Copy, Scale, Add, Triad), found "
                    + best.size() + "; is this membw output?");
        }
        if (!passed) {
            throw new OutputParseException("membw output ends without 'validation passed'; the run did not finish");
        }
        List<Measurement> all = new ArrayList<>(best);
        all.addAll(avg);
        return all;
    }

    private static Optional<String> errorLine(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(ERROR_PREFIX)).findFirst();
    }
}
