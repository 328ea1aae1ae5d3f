package org.virtimpact.core.bench.linpack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/** Reads the key-value output of {@code agents/linpack.c}, which ends with its residual check. */
final class LinpackOutputParser {

    private static final Pattern LINE = Pattern.compile("^([a-z_0-9]+) (\\S+)$");
    private static final String ERROR_PREFIX = "linpack: ";

    List<Measurement> parse(CommandResult result) throws OutputParseException {
        // linpack says why it stopped in one "linpack: ..." line; a log saved with 2>&1 holds it on stdout.
        Optional<String> reason = errorLine(result.stderr()).or(() -> errorLine(result.stdout()));
        if (reason.isPresent()) {
            throw new OutputParseException("linpack failed" + (result.succeeded() ? "" : " (exit status "
                    + result.exitCode() + ")") + ": " + reason.get().substring(ERROR_PREFIX.length()));
        }
        Map<String, String> values = new HashMap<>();
        String[] lines = result.stdout().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("check failed")) {
                throw new OutputParseException("linpack's solution failed its residual check (line " + (i + 1)
                        + ": '" + line + "'); the arithmetic is wrong, so no Mflops are recorded");
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), m.group(2));
            }
        }
        if (!result.succeeded() && !result.stderr().isBlank()) {
            throw new OutputParseException("linpack failed (exit status " + result.exitCode() + "): "
                    + result.stderr().strip().lines().reduce((a, b) -> b).orElse(""));
        }
        if (!"passed".equals(values.get("check"))) {
            throw new OutputParseException("linpack output ends without 'check passed'; the run did not finish");
        }
        return List.of(new Measurement("mflops", number(values, "mflops"), "Mflops"),
                new Measurement("best_mflops", number(values, "best_mflops"), "Mflops"));
    }

    private static Optional<String> errorLine(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(ERROR_PREFIX)).findFirst();
    }

    private static double number(Map<String, String> values, String key) throws OutputParseException {
        String text = values.get(key);
        if (text == null) {
            throw new OutputParseException("linpack output has no '" + key + "' line");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new OutputParseException("linpack's '" + key + "' is not a number: '" + text + "'");
        }
    }
}
