package org.virtimpact.core.bench.fio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.Measurement;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * Reads fio's {@code --output-format=json} report of one job. fio prints notes and error lines
 * on stdout before the JSON, so the report is found as the first line that opens an object.
 * Logs saved from plain {@code fio} runs hold its default text report instead, read by
 * {@link FioTextReport} into the same metrics; the JSON wins when a log holds both, as it is exact.
 * Which sides (read, write) ran is read from the report, so a saved log parses on its own.
 * Bandwidth is in MB/s (10^6 bytes/s) as for dd; latency is fio's {@code lat} (submission to
 * completion, what the application waits), not {@code clat}.
 */
final class FioOutputParser {

    private static final Pattern JSON_START = Pattern.compile("(?m)^[ \\t]*\\{");
    private static final double BYTES_PER_MB = 1e6;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * One direction of a job: bytes/s, operations/s, mean latency in microseconds (NaN when the
     * report gives none), operations done.
     */
    record Side(String name, double bytesPerSecond, double iops, double latMeanUs, double ios) {
    }

    List<Measurement> parse(CommandResult result) throws OutputParseException {
        if (!JSON_START.matcher(result.stdout()).find() && FioTextReport.holdsReport(result.stdout())) {
            return measurements(FioTextReport.sides(result));
        }
        JsonNode report = report(result);
        if (!report.has("jobs")) {
            throw new OutputParseException("not a fio report: its JSON has no \"jobs\" list; is this another"
                    + " tool's output?");
        }
        JsonNode jobs = report.path("jobs");
        if (!jobs.isArray() || jobs.isEmpty()) {
            throw new OutputParseException("fio's report lists no jobs; the run did not get as far as its job");
        }
        if (jobs.size() > 1) {
            throw FioFailures.severalJobs(jobs.size());
        }
        JsonNode job = jobs.get(0);
        FioFailures.check(job.path("error").asInt(0), job, result);
        List<Side> sides = new ArrayList<>();
        for (String name : List.of("read", "write")) {
            JsonNode side = job.path(name);
            if (side.path("io_bytes").asLong(0) > 0) {
                sides.add(side(name, side));
            }
        }
        if (sides.isEmpty()) {
            throw new OutputParseException("fio's job read and wrote nothing (io_bytes is 0 on both"
                    + " sides); the file may be empty or the runtime too short");
        }
        return measurements(sides);
    }

    private static List<Measurement> measurements(List<Side> sides) {
        return sides.size() == 1 ? total(sides) : mixed(sides);
    }

    private JsonNode report(CommandResult result) throws OutputParseException {
        String out = result.stdout();
        Matcher start = JSON_START.matcher(out);
        if (!start.find()) {
            throw new OutputParseException(FioFailures.noReport(result));
        }
        try {
            JsonNode node = json.readTree(out.substring(start.start()));
            if (node == null || !node.isObject()) {
                throw new OutputParseException(FioFailures.noReport(result));
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = out.substring(0, start.start()).split("\n", -1).length - 1
                    + (e.getLocation() == null ? 1 : e.getLocation().getLineNr());
            throw new OutputParseException("fio's JSON report is damaged or cut off near line " + line + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); the run did not finish writing it");
        }
    }

    private static Side side(String name, JsonNode side) throws OutputParseException {
        // bw_bytes and lat_ns came with fio 3.0; older reports give bw in KiB/s and lat in microseconds
        double bytesPerSecond = side.has("bw_bytes") ? number(side, "bw_bytes", name)
                : number(side, "bw", name) * 1024;
        double latUs = side.has("lat_ns") ? number(side.path("lat_ns"), "mean", name + ".lat_ns") / 1000
                : number(side.path("lat"), "mean", name + ".lat");
        double iops = number(side, "iops", name);
        double ios = side.has("total_ios") ? number(side, "total_ios", name) : iops;
        return new Side(name, bytesPerSecond, iops, latUs, ios);
    }

    private static List<Measurement> total(List<Side> sides) {
        double bytes = 0;
        double iops = 0;
        double latWeighted = 0;
        double ios = 0;
        for (Side s : sides) {
            bytes += s.bytesPerSecond();
            iops += s.iops();
            latWeighted += s.latMeanUs() * s.ios();
            ios += s.ios();
        }
        List<Measurement> all = new ArrayList<>(List.of(
                new Measurement("bw", bytes / BYTES_PER_MB, "MB/s"),
                new Measurement("iops", iops, "IOPS")));
        // NaN (a side without latency) carries through the sum, leaving the total out too
        double lat = ios > 0 ? latWeighted / ios : sides.get(0).latMeanUs();
        if (!Double.isNaN(lat)) {
            all.add(new Measurement("lat_mean_us", lat, "us"));
        }
        return all;
    }

    private static List<Measurement> mixed(List<Side> sides) {
        List<Measurement> all = new ArrayList<>(total(sides));
        for (Side s : sides) {
            all.add(new Measurement(s.name() + "_bw", s.bytesPerSecond() / BYTES_PER_MB, "MB/s"));
            all.add(new Measurement(s.name() + "_iops", s.iops(), "IOPS"));
            if (!Double.isNaN(s.latMeanUs())) {
                all.add(new Measurement(s.name() + "_lat_mean_us", s.latMeanUs(), "us"));
            }
        }
        return all;
    }

    private static double number(JsonNode node, String field, String where) throws OutputParseException {
        JsonNode value = node.path(field);
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new OutputParseException("fio's report has no number jobs[0]." + where + "." + field
                    + (value.isMissingNode() ? "" : " (it is '" + value + "')"));
        }
        return value.asDouble();
    }
}
