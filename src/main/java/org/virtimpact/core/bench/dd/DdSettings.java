package org.virtimpact.core.bench.dd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtimpact.core.bench.Sizes;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/**
 * One dd cell's values, read from its axes or, when not an axis, its options: a study may keep
 * {@code write_sync} fixed (an option, part of the run id) or compare its values (an axis).
 *
 * @param direction empty when the cell doesn't say, which for a run means write then read and
 *                  for an imported log means "whatever the log holds"
 */
record DdSettings(long size, long block, String writeSync, String readMode, Optional<String> direction) {

    static final String SIZE = "size";
    static final String BLOCK = "block";
    static final String WRITE_SYNC = "write_sync";
    static final String READ_MODE = "read_mode";
    static final String DIRECTION = "direction";

    static final List<String> WRITE_SYNCS = List.of("fdatasync", "direct", "none");
    static final List<String> READ_MODES = List.of("cached", "drop_caches", "direct");
    static final List<String> DIRECTIONS = List.of("both", "write", "read");

    static String setting(TestCase testCase, String key, String fallback) {
        return testCase.param(key, testCase.option(key, fallback));
    }

    /** Problems with the cell, each a sentence naming the value; empty when it can run. */
    static List<Message> problems(TestCase testCase) {
        List<Message> problems = new ArrayList<>();
        long size = bytes(testCase, SIZE, "", Message.of("dd.fileSizeName", "dd file size"), problems);
        long block = bytes(testCase, BLOCK, "512", Message.of("dd.blockSizeName", "dd block size"), problems);
        if (size > 0 && block > 0 && size % block != 0) {
            problems.add(Message.of("dd.partialBlock", "dd file size {0} is not a whole number of {1}-byte blocks",
                    setting(testCase, SIZE, ""), Long.toString(block)));
        }
        oneOf(testCase, WRITE_SYNC, "fdatasync", WRITE_SYNCS, problems);
        oneOf(testCase, READ_MODE, "cached", READ_MODES, problems);
        oneOf(testCase, DIRECTION, "both", DIRECTIONS, problems);
        return problems;
    }

    /** The cell's settings; only call on a cell {@link #problems} found nothing wrong with. */
    static DdSettings of(TestCase testCase) {
        String direction = setting(testCase, DIRECTION, "");
        return new DdSettings(Sizes.parseBytes(setting(testCase, SIZE, "")),
                Sizes.parseBytes(setting(testCase, BLOCK, "512")),
                setting(testCase, WRITE_SYNC, "fdatasync"), setting(testCase, READ_MODE, "cached"),
                direction.isEmpty() ? Optional.empty() : Optional.of(direction));
    }

    /** What an imported log or a result must hold; a run without a direction writes then reads. */
    static Optional<String> direction(TestCase testCase) {
        String direction = setting(testCase, DIRECTION, "");
        return direction.isEmpty() ? Optional.empty() : Optional.of(direction);
    }

    boolean writes() {
        return !direction.orElse("both").equals("read");
    }

    boolean reads() {
        return !direction.orElse("both").equals("write");
    }

    private static long bytes(TestCase testCase, String key, String fallback, Message what, List<Message> problems) {
        try {
            return Sizes.parseBytes(setting(testCase, key, fallback));
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("value.labelled", "{0}: {1}", what, Explained.messageOf(e)));
            return 0;
        }
    }

    private static void oneOf(TestCase testCase, String key, String fallback, List<String> allowed,
                              List<Message> problems) {
        String value = setting(testCase, key, fallback);
        if (!allowed.contains(value)) {
            problems.add(Message.of("dd.oneOf", "dd {0} ''{1}'' must be one of {2}", key, value,
                    String.join(", ", allowed)));
        }
    }
}
