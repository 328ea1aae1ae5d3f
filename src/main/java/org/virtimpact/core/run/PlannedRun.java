package org.virtimpact.core.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.results.Sample;

/**
 * One repetition of one matrix cell on one environment, or one warm-up run before them.
 *
 * @param repetition the repetition's number, or the warm-up's own number when {@code warmup}
 * @param warmup     a run whose samples are kept with status {@link #WARMUP} and never counted
 */
public record PlannedRun(Environment environment, TestCase testCase, int repetition, boolean warmup) {

    /** The status of a warm-up's samples; statistics and resume count only ok and imported ones. */
    public static final String WARMUP = "warmup";

    private static final int MAX_LABEL = 48;

    public PlannedRun(Environment environment, TestCase testCase, int repetition) {
        this(environment, testCase, repetition, false);
    }

    /**
     * Stable across restarts, so resume can tell which repetitions are done; readable, because
     * it names the files in {@code raw/}. Options are hashed in key order and the repetition is
     * written with ASCII digits, so neither the order of keys in campaign.json nor the default
     * locale changes it.
     */
    public String runId() {
        return cellId() + "." + (warmup ? "w" : "r") + String.format(Locale.ROOT, "%02d", repetition);
    }

    /** The run id without its repetition: this cell on this environment, whichever repetition. */
    public String cellId() {
        String label = testCase.label().replaceAll("[^A-Za-z0-9.=_-]+", "_").replace('=', '-');
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL) + "-" + shortHash(testCase.label());
        }
        return environment.slug() + "." + testCase.benchmark() + "." + label
                + (testCase.options().isEmpty() ? "" : "." + shortHash(new TreeMap<>(testCase.options()).toString()));
    }

    /** The status its samples are written with. */
    public String status() {
        return warmup ? WARMUP : Sample.OK;
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
