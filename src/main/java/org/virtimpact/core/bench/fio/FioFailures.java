package org.virtimpact.core.bench.fio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.bench.OutputParseException;
import org.virtimpact.core.remote.CommandResult;

/**
 * One-line explanations of fio's failures. fio reports them three ways: a job {@code "error"}
 * (an errno) in the JSON, a {@code fio: pid=…, err=…} line before it, and text on stderr when it
 * stops before any job runs. The errno line's words are quoted so a search for them still works.
 */
final class FioFailures {

    private static final Pattern ERRNO_LINE = Pattern.compile(
            "(?m)^fio: pid=\\d+, err=(\\d+)/[^,]*, func=(.*?), error=(.*)$");
    private static final Pattern FIO_LINE = Pattern.compile("(?m)^fio: (.*)$");
    private static final Pattern SIGNAL = Pattern.compile("(?m)^fio: terminating on signal (\\d+)");
    private static final int ENOSPC = 28;
    private static final int EINVAL = 22;

    private FioFailures() {
    }

    static String jobFailed(int errno, JsonNode job, CommandResult result) {
        Matcher m = ERRNO_LINE.matcher(result.stdout() + "\n" + result.stderr());
        boolean named = m.find() && Integer.parseInt(m.group(1)) == errno;
        String text = named ? m.group(3).strip() : "error " + errno;
        String where = named ? " in " + m.group(2).strip() : "";
        JsonNode options = job.path("job options");
        if (errno == ENOSPC) {
            long written = job.path("write").path("io_bytes").asLong(0);
            return "fio ran out of space (\"" + text + "\") after writing " + written + " bytes; use a smaller"
                    + " size option or a scratch dir with room for the file";
        }
        if (errno == EINVAL && options.path("direct").asText("").equals("1")) {
            boolean atOpen = named && m.group(2).strip().startsWith("open");
            return "fio's direct I/O was refused (\"" + text + "\"" + where + "): the scratch dir's file system"
                    + " does not support O_DIRECT (ramfs, tmpfs before Linux 6.6, some FUSE and network file"
                    + " systems)" + (atOpen ? "" : " or the block size is not a multiple of its sector size")
                    + "; set the option direct=0";
        }
        return "fio's job failed with error " + errno + " (\"" + text + "\"" + where + ")";
    }

    static String noReport(CommandResult result) {
        String all = (result.stderr() + "\n" + result.stdout()).strip();
        if (all.contains("fio: not found") || all.contains("fio: command not found")) {
            return "fio is not installed on the target (" + firstLine(all) + ")";
        }
        Matcher tool = FIO_LINE.matcher(result.stderr() + "\n" + result.stdout());
        if (tool.find()) {
            return "fio stopped before it ran its job: \"" + tool.group(1).strip() + "\"";
        }
        if (!result.stderr().isBlank()) {
            return "fio did not run: " + firstLine(result.stderr());
        }
        return all.isEmpty() ? "fio printed nothing; expected its report (its JSON with --output-format=json,"
                + " or its plain report of one job)"
                : "no fio report (its JSON with --output-format=json, or its plain report of one job) in the"
                + " output; it begins with '" + firstLine(all) + "'";
    }

    /** What refuses a report whatever its format: the job's error, a signal, a failed exit. */
    static void check(int errno, JsonNode job, CommandResult result) throws OutputParseException {
        if (errno != 0) {
            throw new OutputParseException(jobFailed(errno, job, result));
        }
        Optional<String> stopped = stoppedBySignal(result);
        if (stopped.isPresent()) {
            throw new OutputParseException(stopped.get());
        }
        if (!result.succeeded()) {
            throw new OutputParseException("fio exited with status " + result.exitCode() + lastLine(result.stderr()));
        }
    }

    static OutputParseException severalJobs(int jobs) {
        return new OutputParseException("fio's report holds " + jobs + " jobs; VirtImpact reads reports of one job,"
                + " as its own runs write");
    }

    static Optional<String> stoppedBySignal(CommandResult result) {
        Matcher m = SIGNAL.matcher(result.stdout() + "\n" + result.stderr());
        return m.find() ? Optional.of("fio was stopped by signal " + m.group(1) + " before its job finished;"
                + " its figures cover only part of the run and were not recorded") : Optional.empty();
    }

    static String lastLine(String text) {
        return text.isBlank() ? "" : ": " + text.strip().lines().reduce((a, b) -> b).orElse("").strip();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
