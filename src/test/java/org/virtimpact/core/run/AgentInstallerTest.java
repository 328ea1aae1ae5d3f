package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.bench.membw.MembwBenchmark;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.LocalShell;

/** Builds the real membw agent with this machine's cc. */
class AgentInstallerTest {

    private final AgentInstaller installer = new AgentInstaller();

    @TempDir
    Path scratch;

    private Fixtures.RecordingShell shell() {
        return new Fixtures.RecordingShell(new LocalShell(), null);
    }

    @Test
    void compilesARunnableBinaryUnderTheScratchFolder() throws Exception {
        String binary = installer.install(shell(), scratch.toString(), MembwBenchmark.AGENT, CancellationToken.none());

        assertTrue(binary.startsWith(scratch.resolve(".virtimpact-agents").toString()), binary);
        CommandResult run = new LocalShell().exec("'" + binary + "' 1000 2", Duration.ofSeconds(10),
                CancellationToken.none());
        assertTrue(run.stdout().contains("validation passed"), run.stdout() + run.stderr());
    }

    @Test
    void aSecondInstallReusesTheBinaryWithoutUploadingOrCompiling() throws Exception {
        String first = installer.install(shell(), scratch.toString(), MembwBenchmark.AGENT, CancellationToken.none());
        FileTime built = Files.getLastModifiedTime(Path.of(first));
        Fixtures.RecordingShell second = shell();

        String again = installer.install(second, scratch.toString(), MembwBenchmark.AGENT, CancellationToken.none());

        assertEquals(first, again);
        assertEquals(List.of(), second.uploads);
        assertEquals(1, second.commands.size(), "only the presence check: " + second.commands);
        assertEquals(built, Files.getLastModifiedTime(Path.of(again)));
    }

    @Test
    void aChangedSourceGetsANewBinary() throws Exception {
        // the binary's name carries the source hash, so an edited agent is never mistaken for the old one
        Agent broken = new Agent("membw", "/org/virtimpact/core/run/broken.c", "-O2");
        String good = installer.install(shell(), scratch.toString(), MembwBenchmark.AGENT, CancellationToken.none());

        AgentException e = assertThrows(AgentException.class,
                () -> installer.install(shell(), scratch.toString(), broken, CancellationToken.none()));

        assertTrue(e.getMessage().startsWith("Compiling membw on this machine failed"), e.getMessage());
        assertTrue(Files.isExecutable(Path.of(good)));
    }

    @Test
    void aCompilerErrorIsReportedWithTheCompilersFirstLine() {
        Agent broken = new Agent("broken", "/org/virtimpact/core/run/broken.c", "");

        AgentException e = assertThrows(AgentException.class,
                () -> installer.install(shell(), scratch.toString(), broken, CancellationToken.none()));

        // gcc's first line is "In function 'main':", which says nothing; the error line names the symbol
        assertTrue(e.getMessage().startsWith("Compiling broken on this machine failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("undeclared_symbol"), e.getMessage());
    }

    @Test
    void aMachineWithoutCcGetsInstallAdvice() throws Exception {
        // an empty PATH stands for a guest where no compiler was installed
        Path emptyBin = Files.createDirectories(scratch.resolve("empty-bin"));

        AgentException e = assertThrows(AgentException.class, () -> installer.install(
                new Fixtures.RecordingShell(new LocalShell(), emptyBin), scratch.toString(), MembwBenchmark.AGENT,
                CancellationToken.none()));

        assertTrue(e.getMessage().startsWith("No C compiler (cc) on this machine to build membw"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install gcc"), e.getMessage());
    }

    @Test
    void aSourceMissingFromTheBuildIsNamed() {
        Agent ghost = new Agent("ghost", "/org/virtimpact/agents/ghost.c", "");

        AgentException e = assertThrows(AgentException.class,
                () -> installer.install(shell(), scratch.toString(), ghost, CancellationToken.none()));

        assertTrue(e.getMessage().contains("/org/virtimpact/agents/ghost.c"), e.getMessage());
    }

    @Test
    void aScratchFolderWithSpacesAndQuotesWorks() throws Exception {
        Path odd = scratch.resolve("it's a \"scratch\" $(dir)");

        String binary = installer.install(shell(), odd.toString(), MembwBenchmark.AGENT, CancellationToken.none());

        assertTrue(Files.isExecutable(Path.of(binary)), binary);
        assertNotEquals(0, Files.size(Path.of(binary)));
    }

    @Test
    void changedCompilerFlagsGetANewBinary() throws Exception {
        // the same source built without optimisation measures something else: it must not be taken for the other
        Agent unoptimised = new Agent(MembwBenchmark.AGENT.name(), MembwBenchmark.AGENT.resource(), "-O0 -pthread");
        String optimised = installer.install(shell(), scratch.toString(), MembwBenchmark.AGENT,
                CancellationToken.none());
        Fixtures.RecordingShell second = shell();

        String plain = installer.install(second, scratch.toString(), unoptimised, CancellationToken.none());

        assertNotEquals(optimised, plain);
        assertEquals(1, second.uploads.size(), "compiled anew: " + second.commands);
        assertTrue(Files.isExecutable(Path.of(plain)) && Files.isExecutable(Path.of(optimised)));
    }
}
