package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.TestCase;

class PlannedRunTest {

    private static final Locale ORIGINAL_LOCALE = Locale.getDefault();
    /** What RunContext accepts as a run token, and what is safe as a file name everywhere. */
    private static final String FILE_NAME_SAFE = "[A-Za-z0-9._-]+";

    private static final Environment NATIVE = Fixtures.local("native", Path.of("/tmp"));

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(ORIGINAL_LOCALE);
    }

    private static TestCase dd(String size, String block) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("size", size);
        params.put("block", block);
        return new TestCase("dd", params, Map.of());
    }

    @Test
    void isReadableAndStable() {
        // resume compares ids written by an earlier process, so the format itself must not drift
        assertEquals("native.dd.size-1M_block-512.r01", new PlannedRun(NATIVE, dd("1M", "512"), 1).runId());
    }

    @Test
    void isTheSameForEqualRuns() {
        assertEquals(new PlannedRun(NATIVE, dd("1M", "512"), 3).runId(),
                new PlannedRun(Fixtures.local("native", Path.of("/elsewhere")), dd("1M", "512"), 3).runId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 M/../../etc", "$(reboot)", "a'b\"c", "größe ü",
            "a-very-long-axis-value-that-is-far-longer-than-the-forty-eight-character-label-limit"})
    void isFileNameSafeWhateverTheAxisValue(String value) {
        Environment env = Fixtures.local("Xen PV (hvm) 1", Path.of("/tmp"));

        String id = new PlannedRun(env, dd(value, "512"), 1).runId();

        assertTrue(id.matches(FILE_NAME_SAFE), id);
    }

    @Test
    void staysAsciiUnderALocaleWithOtherDigits() {
        // String.format without a locale writes Arabic-Indic digits here, which RunContext refuses
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));

        String id = new PlannedRun(NATIVE, dd("1M", "512"), 7).runId();

        assertTrue(id.endsWith(".r07"), id);
    }

    @Test
    void differsAcrossRepetitions() {
        assertNotEquals(new PlannedRun(NATIVE, dd("1M", "512"), 1).runId(),
                new PlannedRun(NATIVE, dd("1M", "512"), 2).runId());
    }

    @Test
    void differsAcrossCells() {
        assertNotEquals(new PlannedRun(NATIVE, dd("1M", "512"), 1).runId(),
                new PlannedRun(NATIVE, dd("2M", "512"), 1).runId());
    }

    @Test
    void differsAcrossEnvironments() {
        assertNotEquals(new PlannedRun(NATIVE, dd("1M", "512"), 1).runId(),
                new PlannedRun(Fixtures.local("xen", Path.of("/tmp")), dd("1M", "512"), 1).runId());
    }

    @Test
    void differsAcrossOptions() {
        TestCase three = new TestCase("membw", Map.of("array", "1M"), Map.of("ntimes", "3"));
        TestCase ten = new TestCase("membw", Map.of("array", "1M"), Map.of("ntimes", "10"));

        assertNotEquals(new PlannedRun(NATIVE, three, 1).runId(), new PlannedRun(NATIVE, ten, 1).runId());
    }

    @Test
    void doesNotDependOnTheOrderOptionsWereWrittenIn() {
        // reordering keys in campaign.json must not make resume measure everything again
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        assertEquals(new PlannedRun(NATIVE, new TestCase("membw", Map.of(), ab), 1).runId(),
                new PlannedRun(NATIVE, new TestCase("membw", Map.of(), ba), 1).runId());
    }

    @Test
    void longLabelsThatShareAPrefixStillDiffer() {
        String prefix = "y".repeat(100);

        assertNotEquals(new PlannedRun(NATIVE, dd(prefix + "1", "512"), 1).runId(),
                new PlannedRun(NATIVE, dd(prefix + "2", "512"), 1).runId());
    }
}
