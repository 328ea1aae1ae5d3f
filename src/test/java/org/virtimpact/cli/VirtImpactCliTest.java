package org.virtimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VirtImpactCliTest {

    @Test
    void helpListsTheCommandsOnStdout() {
        CliRun run = CliRun.local("--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("Usage: virtimpact"), run.out());
        assertTrue(run.out().contains("run") && run.out().contains("parse"), run.out());
    }

    @Test
    void parseHelpNamesTheKnownTools() {
        CliRun run = CliRun.local("parse", "--help");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("TOOL is one of: dd, membw"), run.out());
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.local("--version");

        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("virtimpact "), run.out());
    }

    @Test
    void noCommandIsBadInputWithUsageOnStderr() {
        CliRun run = CliRun.local();

        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Usage: virtimpact"), run.err());
    }

    @Test
    void unknownCommandIsBadInputWithoutAStackTrace() {
        CliRun run = CliRun.local("frobnicate");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("frobnicate"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
