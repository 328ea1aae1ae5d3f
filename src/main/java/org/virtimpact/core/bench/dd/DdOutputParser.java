package org.virtimpact.core.bench.dd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * Reads the transfer summaries dd prints at its end, in the forms real dd versions print them:
 * GNU coreutils 8.25+ ({@code 8388608 bytes (8.4 MB, 8.0 MiB) copied, 0.0417896 s, 201 MB/s}),
 * coreutils 5.3 to 8.24 ({@code … (8.4 MB) copied, 0.04 s, …}, before 6.1 {@code 0.04 seconds}),
 * BusyBox with its third status line ({@code … copied, 0.041234 seconds, 195.1MB/s}), and every
 * locale: translated words, decimal commas, no-break spaces. Only the byte count and the seconds
 * are kept; dd's own rate is rounded to three digits, so the caller computes its own.
 */
public final class DdOutputParser {

    /** A transfer: bytes moved and seconds taken. */
    public record Transfer(long bytes, double seconds) {
        public double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    /** The summaries of one log, and how many "N+M records in/out" lines it held. */
    public record Log(List<Transfer> transfers, int recordLines) {
        public Log {
            transfers = List.copyOf(transfers);
        }
    }

    /** Prefix of the refusals our own command prints before dd runs (no space, no root). */
    public static final String REFUSAL_PREFIX = "virtimpact-dd: ";

    // Anchored at the end: in a German line "(8,4 MB, 8,0 MiB) kopiert, 0,0417 s, 201 MB/s" only the
    // last ", TIME WORD, RATE/s" is the time; the decimal commas must not be read as separators.
    private static final Pattern SUMMARY = Pattern.compile(
            "^(\\d{1,3}(?: \\d{3})+|\\d+) +\\S.*, +(\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?) *\\p{L}+\\.?, +\\S.*/s$");
    private static final Pattern RECORDS = Pattern.compile("^\\d+\\+\\d+ +\\S.*$");
    private static final Pattern ERROR = Pattern.compile("^dd: .*$");
    // NBSP (fr_FR before "octets"), narrow NBSP and thin/figure spaces (digit grouping) read as spaces.
    private static final Pattern WIDE_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2007\\u2009]");

    public Log read(String output) throws OutputParseException {
        List<Transfer> found = new ArrayList<>();
        int records = 0;
        String[] lines = output.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String raw = WIDE_SPACES.matcher(stripCarriageReturn(lines[i])).replaceAll(" ");
            for (String segment : raw.split("\r")) {
                refuseErrors(segment.strip());
            }
            if (raw.indexOf('\r') >= 0) {
                // status=progress redraws one terminal line with \r: interim figures, not a summary
                continue;
            }
            String line = raw.strip();
            Matcher m = SUMMARY.matcher(line);
            if (m.matches()) {
                found.add(transfer(m, i + 1, line));
            } else if (RECORDS.matcher(line).matches()) {
                records++;
            }
        }
        return new Log(found, records);
    }

    private static void refuseErrors(String segment) throws OutputParseException {
        if (segment.startsWith(REFUSAL_PREFIX)) {
            throw new OutputParseException(segment.substring(REFUSAL_PREFIX.length()));
        }
        if (ERROR.matcher(segment).matches()) {
            throw new OutputParseException("dd failed: " + segment);
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static Transfer transfer(Matcher m, int lineNo, String line) throws OutputParseException {
        long bytes;
        try {
            bytes = Long.parseLong(m.group(1).replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new OutputParseException("dd's byte count on line " + lineNo + " is too large: '" + line + "'");
        }
        double seconds = Double.parseDouble(m.group(2).replace(',', '.'));
        if (seconds <= 0) {
            throw new OutputParseException("dd reported a time of zero seconds on line " + lineNo + " ('" + line
                    + "'); the transfer was too short to time, use a larger file");
        }
        return new Transfer(bytes, seconds);
    }
}
