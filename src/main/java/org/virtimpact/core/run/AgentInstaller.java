package org.virtimpact.core.run;

import static org.virtimpact.core.remote.ShellQuote.quote;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.virtimpact.core.bench.Agent;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Message;

/**
 * Puts an agent's C source on the target and compiles it there, once: the binary's name carries
 * the hash of the source and the compiler flags, so a changed source or changed flags (a binary
 * built without {@code -O2} measures something else) are rebuilt, and an unchanged one is reused
 * across runs.
 */
public final class AgentInstaller {

    private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(5);
    static final int NO_COMPILER = 127;

    public String install(Shell shell, String scratchDir, Agent agent, CancellationToken cancel)
            throws ShellException, AgentException {
        byte[] source = source(agent);
        String dir = scratchDir + "/.virtimpact-agents";
        String binary = dir + "/" + agent.name() + "-" + hash(source, agent.compilerFlags());
        String src = binary + ".c";
        CommandResult present = shell.exec("test -x " + quote(binary), Duration.ofSeconds(30), cancel);
        if (present.succeeded()) {
            return binary;
        }
        shell.upload(source, src);
        String compile = "command -v cc >/dev/null 2>&1 || exit " + NO_COMPILER + "; cc " + agent.compilerFlags()
                + " -o " + quote(binary + ".tmp") + " " + quote(src) + " -lm && mv " + quote(binary + ".tmp")
                + " " + quote(binary);
        CommandResult result = shell.exec(compile, COMPILE_TIMEOUT, cancel);
        if (result.exitCode() == NO_COMPILER) {
            throw new AgentException(Message.of("agent.noCompiler", "No C compiler (cc) on {0} to build {1}. Install"
                    + " one there (Debian/Ubuntu: apt-get install gcc; RHEL/Fedora: dnf install gcc).",
                    shell.describe(), agent.name()));
        }
        if (!result.succeeded()) {
            throw new AgentException(Message.of("agent.compileFailed", "Compiling {0} on {1} failed: {2}",
                    agent.name(), shell.describe(), firstError(result)));
        }
        return binary;
    }

    /** gcc and clang open with context such as "In function 'main':"; the first "error" line says what broke. */
    private static Message firstError(CommandResult result) {
        List<String> lines = result.stderr().strip().lines().toList();
        return lines.stream().filter(l -> l.contains("error")).findFirst()
                .or(() -> lines.stream().findFirst()).map(Message::verbatim)
                .orElse(Message.of("peer.exitStatus", "exit status {0}", Integer.toString(result.exitCode())));
    }

    private static byte[] source(Agent agent) throws AgentException {
        try (InputStream in = AgentInstaller.class.getResourceAsStream(agent.resource())) {
            if (in == null) {
                throw new AgentException("The source of " + agent.name() + " is missing from this build ("
                        + agent.resource() + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AgentException("Could not read " + agent.resource() + ": " + e.getMessage());
        }
    }

    static String hash(byte[] content, String compilerFlags) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content);
            // a separator no C source or flag holds, so moving bytes between the two changes the hash
            digest.update((byte) 0);
            digest.update(compilerFlags.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
