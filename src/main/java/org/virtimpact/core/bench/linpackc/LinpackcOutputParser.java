package org.virtimpact.core.bench.linpackc;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;

/**
 * Reads netlib's {@code linpackc} (C translation by Bonnie Toy, 1988): the header
 * {@code Rolled Single Precision Linpack}, the residual it prints on stdout and its last stderr
 * line {@code Rolled Single  Precision 5819213 Kflops ; 10 Reps}, the lower of its two timed
 * averages, rounded to whole Kflops.
 */
final class LinpackcOutputParser {

    /** What one run reported. */
    record Report(String rolling, String precision, long kflops, int reps) {
        double mflops() {
            return kflops / 1000.0;
        }
    }

    static final String REFUSAL_PREFIX = "virtimpact-linpackc: ";

    private static final Pattern RESULT = Pattern.compile(
            "^(Rolled|Unrolled) +(Single|Double) +Precision +(-?\\d+) +Kflops *; *(\\d+) +Reps *$");
    private static final Pattern RESIDUAL = Pattern.compile(
            "^(\\S+) +(\\S+) *(\\S+) *(\\S+) *(\\S+)$");
    private static final String RESIDUAL_HEADER = "norm. resid";
    // linpackc does not judge its own answer; LINPACK's rule of thumb is a normalised residual of 1 to 10.
    private static final double RESIDUAL_LIMIT = 100.0;

    Report parse(String output) throws OutputParseException {
        String[] lines = output.split("\\R");
        Optional<Report> report = Optional.empty();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(REFUSAL_PREFIX)) {
                throw new OutputParseException(line.substring(REFUSAL_PREFIX.length()));
            }
            Matcher m = RESULT.matcher(line);
            if (m.matches()) {
                report = Optional.of(report(m, i + 1, line));
            } else if (line.startsWith(RESIDUAL_HEADER) && i + 1 < lines.length) {
                checkResidual(lines[i + 1].strip(), i + 2);
            }
        }
        return report.orElseThrow(() -> new OutputParseException("no final linpackc line like 'Rolled Single"
                + "  Precision 5819213 Kflops ; 10 Reps' (linpackc prints it on stderr); the run did not finish"
                + " or this is not linpackc output"));
    }

    private static Report report(Matcher m, int lineNo, String line) throws OutputParseException {
        long kflops;
        try {
            kflops = Long.parseLong(m.group(3));
        } catch (NumberFormatException e) {
            throw new OutputParseException("linpackc's Kflops on line " + lineNo + " is out of range: '" + line + "'");
        }
        if (kflops <= 0) {
            throw new OutputParseException("linpackc reported " + kflops + " Kflops on line " + lineNo
                    + ": its CPU-time clock was too coarse to time " + m.group(4) + " solves of the 100x100 system,"
                    + " so no figure is recorded");
        }
        return new Report(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), kflops,
                Integer.parseInt(m.group(4)));
    }

    private static void checkResidual(String line, int lineNo) throws OutputParseException {
        Matcher m = RESIDUAL.matcher(line);
        if (!m.matches()) {
            return;
        }
        double residn;
        try {
            residn = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            throw new OutputParseException("linpackc's normalised residual on line " + lineNo + " is not a number: '"
                    + line + "'; the solution is wrong, so no Kflops are recorded");
        }
        if (!(residn < RESIDUAL_LIMIT)) {
            throw new OutputParseException("linpackc's normalised residual is " + m.group(1) + " (line " + lineNo
                    + "), far above the 1 to 10 of a correct solve; the arithmetic is wrong, so no Kflops are"
                    + " recorded");
        }
    }
}
