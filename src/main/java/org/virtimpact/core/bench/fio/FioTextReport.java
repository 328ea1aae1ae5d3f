package org.virtimpact.core.bench.fio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads fio's default human-readable ("normal") report of one job, as saved from plain {@code fio}
 * runs, into the same sides the JSON report gives. Only fio 3.x's layout is known here
 * ({@code read: IOPS=…, BW=…}); fio 2.x wrote {@code read : io=…, bw=…} and is refused.
 *
 * <p>The text rounds every figure to fio's significant digits (4 by default, and IOPS truncated),
 * so its values differ from the JSON of the same run within that rounding. It carries every figure
 * the JSON path reports except when fio measured no total latency ({@code disable_lat}): it then
 * prints no {@code lat (…): … avg=} line, and the latency metrics are left out rather than taken
 * from {@code clat}, which would understate what the application waited.
 */
final class FioTextReport {

    private static final Pattern JOB_HEADER = Pattern.compile(
            "^(\\S.*?): \\(groupid=\\d+, jobs=(\\d+)\\): err=\\s*(\\d+)");
    private static final Pattern SIDE_START = Pattern.compile("^\\s+(read|write|trim)\\s*:");
    private static final Pattern SIDE = Pattern.compile("^\\s+(read|write|trim): IOPS=([0-9.]+)([kMGTP]?),"
            + " BW=(\\S+) \\((\\S+)\\)\\(([0-9.]+)([KMGTP]i|[kMGTP])?B/\\d+msec\\)");
    private static final Pattern LAT_START = Pattern.compile("^\\s+lat \\(\\w+\\):");
    private static final Pattern LAT = Pattern.compile(
            "^\\s+lat \\((nsec|usec|msec|sec)\\): min=[^,]*, max=[^,]*, avg=\\s*([0-9.]+), stdev=");
    private static final Pattern SI_RATE = Pattern.compile("^([0-9.]+)([kMGTP]?)B/s$");
    private static final Pattern ISSUED = Pattern.compile("^\\s+issued rwts: total=(\\d+),(\\d+),");
    private static final Pattern RUN_STATUS = Pattern.compile("^Run status group ");
    private static final String SIDE_SHAPE = "'  read: IOPS=…, BW=…MiB/s (…MB/s)(…/…msec)'";
    private static final String PREFIXES = "kMGTP";
    private static final String BINARY_PREFIXES = "KMGTP";

    private FioTextReport() {
    }

    /** Whether the output holds a normal-format job report at all, so other text keeps its old error. */
    static boolean holdsReport(String out) {
        return out.lines().anyMatch(l -> JOB_HEADER.matcher(l).find());
    }

    static List<FioOutputParser.Side> sides(CommandResult result) throws OutputParseException {
        String[] lines = result.stdout().replace("\r", "").split("\n", -1);
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (JOB_HEADER.matcher(lines[i]).find()) {
                headers.add(i);
            }
        }
        if (headers.size() > 1) {
            throw FioFailures.severalJobs(headers.size());
        }
        int at = headers.get(0);
        Matcher header = JOB_HEADER.matcher(lines[at]);
        header.find();
        if (!header.group(2).equals("1")) {
            throw new OutputParseException("fio's report at line " + (at + 1) + " sums " + header.group(2)
                    + " jobs (group_reporting); VirtImpact reads reports of one job, as its own runs write");
        }
        int error = Integer.parseInt(header.group(3));
        List<Parsed> parsed = new ArrayList<>();
        long[] ios = body(lines, at, parsed);
        FioFailures.check(error, asJob(parsed), result);
        List<FioOutputParser.Side> sides = new ArrayList<>();
        for (Parsed p : parsed) {
            if (!p.name().equals("trim")) {
                double count = ios[p.name().equals("read") ? 0 : 1];
                sides.add(new FioOutputParser.Side(p.name(), p.bytesPerSecond(), p.iops(), p.latMeanUs(), count));
            }
        }
        if (sides.isEmpty()) {
            throw new OutputParseException("fio's job at line " + (at + 1) + " read and wrote nothing (no 'read:' or"
                    + " 'write:' line); the file may be empty or the runtime too short");
        }
        return sides;
    }

    /** One side as printed; latency is NaN when fio printed no total-latency line for it. */
    private record Parsed(String name, double bytesPerSecond, double iops, double latMeanUs, double ioBytes) {
        Parsed withLat(double us) {
            return new Parsed(name, bytesPerSecond, iops, us, ioBytes);
        }
    }

    /** Reads the job's lines up to its {@code issued rwts} line, which fio prints after every side. */
    private static long[] body(String[] lines, int header, List<Parsed> parsed) throws OutputParseException {
        for (int i = header + 1; i < lines.length; i++) {
            String line = lines[i];
            if (SIDE_START.matcher(line).find()) {
                parsed.add(side(line, i));
            } else if (LAT_START.matcher(line).find()) {
                if (parsed.isEmpty()) {
                    throw new OutputParseException("fio's report has a latency line before any side at line "
                            + (i + 1) + " ('" + line.strip() + "'); expected a " + SIDE_SHAPE + " line first");
                }
                Matcher lat = LAT.matcher(line);
                if (!lat.find()) {
                    throw new OutputParseException("fio's report line " + (i + 1) + " ('" + line.strip()
                            + "') is not a latency line like 'lat (usec): min=…, max=…, avg=…, stdev=…'");
                }
                int last = parsed.size() - 1;
                parsed.set(last, parsed.get(last).withLat(Double.parseDouble(lat.group(2)) * usPer(lat.group(1))));
            } else {
                Matcher issued = ISSUED.matcher(line);
                if (issued.find()) {
                    return new long[] {Long.parseLong(issued.group(1)), Long.parseLong(issued.group(2))};
                }
                if (RUN_STATUS.matcher(line).find()) {
                    throw new OutputParseException("fio's report reaches '" + line.strip() + "' at line " + (i + 1)
                            + " without its job's 'issued rwts: total=…' line; expected it before the group summary");
                }
            }
        }
        int last = lines.length - 1;
        while (last > header && lines[last].isBlank()) {
            last--;
        }
        throw new OutputParseException("fio's report is cut off after line " + (last + 1) + " ('"
                + lines[last].strip() + "'): expected the job's figures to end with its 'issued rwts: total=…'"
                + " line; the run or the saving of its log did not finish");
    }

    private static Parsed side(String line, int index) throws OutputParseException {
        Matcher m = SIDE.matcher(line);
        if (!m.find()) {
            throw new OutputParseException("fio's report line " + (index + 1) + " ('" + line.strip() + "') is not"
                    + " a side line like " + SIDE_SHAPE + " of fio 3.x; fio 2.x's normal format is not read,"
                    + " rerun with --output-format=json");
        }
        // fio prints the bandwidth twice, binary and SI units, which one first depends on kb_base
        Double bytesPerSecond = siRate(m.group(4));
        if (bytesPerSecond == null) {
            bytesPerSecond = siRate(m.group(5));
        }
        if (bytesPerSecond == null) {
            throw new OutputParseException("fio's report line " + (index + 1) + " ('" + line.strip() + "') gives"
                    + " no bandwidth in bytes per second like '932MB/s'; was it run with unit_base=8 (bits)?");
        }
        double iops = Double.parseDouble(m.group(2)) * scale(m.group(3), PREFIXES, 1000);
        String ioUnit = m.group(7) == null ? "" : m.group(7);
        double ioBytes = Double.parseDouble(m.group(6)) * (ioUnit.endsWith("i")
                ? scale(ioUnit.substring(0, 1), BINARY_PREFIXES, 1024) : scale(ioUnit, PREFIXES, 1000));
        return new Parsed(m.group(1), bytesPerSecond, iops, Double.NaN, ioBytes);
    }

    private static Double siRate(String text) {
        Matcher m = SI_RATE.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) * scale(m.group(2), PREFIXES, 1000) : null;
    }

    private static double scale(String prefix, String prefixes, int base) {
        return prefix.isEmpty() ? 1 : Math.pow(base, prefixes.indexOf(prefix) + 1);
    }

    private static double usPer(String unit) {
        return switch (unit) {
            case "nsec" -> 1e-3;
            case "msec" -> 1e3;
            case "sec" -> 1e6;
            default -> 1;
        };
    }

    /**
     * The figures {@link FioFailures#jobFailed} reads from a JSON job. The text does not state the
     * direct option, so a refused O_DIRECT gets the general message; bytes written are fio's rounded
     * figure.
     */
    private static ObjectNode asJob(List<Parsed> parsed) {
        ObjectNode job = JsonNodeFactory.instance.objectNode();
        for (Parsed p : parsed) {
            job.putObject(p.name()).put("io_bytes", Math.round(p.ioBytes()));
        }
        return job;
    }
}
