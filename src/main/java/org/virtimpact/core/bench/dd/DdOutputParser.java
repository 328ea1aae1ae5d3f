package org.virtimpact.core.bench.dd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * Reads the transfer summaries GNU dd prints at its end, e.g.
 * {@code 8388608 bytes (8.4 MB, 8.0 MiB) copied, 0.0417896 s, 201 MB/s}. Only the byte count and
 * the seconds are kept: the rate dd prints is rounded to three digits, so we compute our own.
 */
public final class DdOutputParser {

    /** A transfer: bytes moved and seconds taken. */
    public record Transfer(long bytes, double seconds) {
        public double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "^(\\d+)\\s+\\S+.*?,\\s*(\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?)\\s*s,.*$");
    private static final Pattern ERROR = Pattern.compile("^dd: .*$");

    public List<Transfer> transfers(String output) throws OutputParseException {
        List<Transfer> found = new ArrayList<>();
        String[] lines = output.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            for (String segment : raw.split("\r")) {
                if (ERROR.matcher(segment.strip()).matches()) {
                    throw new OutputParseException("dd failed: " + segment.strip());
                }
            }
            if (raw.indexOf('\r') >= 0) {
                // status=progress redraws one terminal line with \r: interim figures, not a summary
                continue;
            }
            String line = raw.strip();
            Matcher m = SUMMARY.matcher(line);
            if (m.matches()) {
                found.add(transfer(m, i + 1, line));
            }
        }
        return found;
    }

    private static Transfer transfer(Matcher m, int lineNo, String line) throws OutputParseException {
        long bytes = Long.parseLong(m.group(1));
        double seconds = Double.parseDouble(m.group(2).replace(',', '.'));
        if (seconds <= 0) {
            throw new OutputParseException("dd reported a time of zero seconds on line " + lineNo + " ('" + line
                    + "'); the transfer was too short to time, use a larger file");
        }
        return new Transfer(bytes, seconds);
    }
}
