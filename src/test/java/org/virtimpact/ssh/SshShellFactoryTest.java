package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.LocalShell;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

class SshShellFactoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private TestSshServer server;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() throws Exception {
        server = TestSshServer.start(dir);
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() throws IOException {
        scheduler.shutdownNow();
        server.close();
    }

    @Test
    void localTargetGetsALocalShell() throws ShellException {
        try (Shell shell = new SshShellFactory().open(new Environment("host", "native", "", Target.local(), null, null))) {
            assertInstanceOf(LocalShell.class, shell);
        }
    }

    @Test
    void sshTargetGetsAConnectedSshShell() throws ShellException {
        Environment env = new Environment("guest", "KVM", "", server.target(), null, null);

        try (Shell shell = new SshShellFactory().open(env)) {
            assertInstanceOf(JSchShell.class, shell);
            assertEquals("remote\n", shell.exec("echo remote", TIMEOUT, CancellationToken.none()).stdout());
        }
    }

    @Test
    void connectionDroppedMidCommandIsReportedAndLaterCommandsFailFast() throws Exception {
        Environment env = new Environment("guest", "KVM", "", server.target(), null, null);
        try (Shell shell = new SshShellFactory().open(env)) {
            scheduler.schedule(() -> {
                server.dropConnections();
                return null;
            }, 500, TimeUnit.MILLISECONDS);

            // short, because nothing can stop it once the connection is gone (as on a real host)
            ShellException during = assertThrows(ShellException.class,
                    () -> shell.exec("sleep 3", TIMEOUT, CancellationToken.none()));
            assertTrue(EnumSet.of(Reason.UNREACHABLE, Reason.IO).contains(during.reason()), during.reason().name());
            assertTrue(during.getMessage().contains("dropped") || during.getMessage().contains("lost"),
                    during.getMessage());

            long start = System.nanoTime();
            ShellException after = assertThrows(ShellException.class,
                    () -> shell.exec("echo again", TIMEOUT, CancellationToken.none()));
            assertEquals(Reason.UNREACHABLE, after.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "no wait for a dead link");
        }
    }
}
