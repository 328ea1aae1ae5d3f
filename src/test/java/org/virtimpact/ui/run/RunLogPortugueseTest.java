package org.virtimpact.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.results.ResultSet;
import org.virtimpact.core.run.CampaignRunner;
import org.virtimpact.core.run.PauseControl;
import org.virtimpact.core.run.RunPlan;
import org.virtimpact.core.run.RunPlanner;
import org.virtimpact.core.run.RunReport;
import org.virtimpact.ui.Texts;

/** A run whose target has no C compiler, told in the run log and the outcome in each language. */
class RunLogPortugueseTest {

    @TempDir
    Path dir;
    @TempDir
    Path scratch;

    @BeforeAll
    static void startToolkit() throws Exception {
        // Task posts its progress to the FX thread, so the toolkit must run; no stage is shown.
        FxToolkit.registerPrimaryStage();
    }

    /** This machine, but without cc: the membw agent can't be built. */
    private static final class NoCompiler implements Shell {
        private final LocalShell local = new LocalShell();

        @Override
        public String describe() {
            return "the test machine";
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            return command.contains("command -v cc") ? new CommandResult(command, 127, "", "", Duration.ZERO)
                    : local.exec(command, timeout, cancel);
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            local.upload(content, path);
        }

        @Override
        public void close() {
            local.close();
        }
    }

    private RunMonitor run(Texts texts) throws Exception {
        RunPlan plan = new RunPlanner(RunFixtures.CATALOG).plan(dir,
                RunFixtures.campaign(dir, scratch, "membw", 1).campaign(), ResultSet.empty());
        RunMonitor monitor = new RunMonitor(() -> LocalTime.NOON, texts);
        RunTask task = new RunTask(new CampaignRunner(env -> new NoCompiler(), RunFixtures.CATALOG,
                Clock.systemUTC()), plan, samples -> { }, () -> 0L, PauseControl.none(), Optional.of(monitor),
                Runnable::run, texts);
        task.run();
        RunReport report = task.get();
        assertEquals(1, report.failures().size(), report.toString());
        return monitor;
    }

    private static boolean logged(RunMonitor monitor, String text) {
        return monitor.log().stream().anyMatch(l -> l.contains(text));
    }

    @Test
    void theRunLogSaysWhyARunFailedInPortuguese() throws Exception {
        RunMonitor monitor = run(RunFixtures.PORTUGUESE);
        List<String> log = List.copyOf(monitor.log());
        assertTrue(logged(monitor, "Não há compilador C (cc) em the test machine para compilar membw"), log::toString);
        assertTrue(logged(monitor, "Conectando a this machine"), log::toString);
    }

    @Test
    void theRunLogStaysEnglishInEnglish() throws Exception {
        RunMonitor monitor = run(RunFixtures.ENGLISH);
        List<String> log = List.copyOf(monitor.log());
        assertTrue(logged(monitor, "No C compiler (cc) on the test machine to build membw"), log::toString);
        assertTrue(logged(monitor, "Connecting to this machine"), log::toString);
    }

    @Test
    void theOutcomeListsTheReasonInPortuguese() throws Exception {
        RunPlan plan = new RunPlanner(RunFixtures.CATALOG).plan(dir,
                RunFixtures.campaign(dir, scratch, "membw", 1).campaign(), ResultSet.empty());
        RunReport report = new CampaignRunner(env -> new NoCompiler(), RunFixtures.CATALOG, Clock.systemUTC())
                .run(plan, new org.virtimpact.core.run.RunListener() { }, new CancellationToken(), PauseControl.none());
        String reasons = RunOutcome.reasons(report, RunFixtures.PORTUGUESE);
        assertTrue(reasons.contains("Não há compilador C (cc)"), reasons);
    }
}
