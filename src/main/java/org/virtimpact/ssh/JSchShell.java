package org.virtimpact.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.UUID;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.ProcessGroup;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.remote.ShellQuote;
import org.virtimpact.core.text.Message;

/**
 * A shell on an SSH target: one session for the whole campaign (kept alive by keepalives), one
 * exec channel per command. Logs in with keys only (ssh-agent's or key files) and trusts only host
 * keys already in known_hosts, the jump hosts' included; nothing here adds one.
 */
public final class JSchShell implements Shell {

    private static final long POLL_MILLIS = 20;
    /** How long a channel that ended silently waits for its session to say whether it is gone. */
    private static final Duration SETTLE = Duration.ofSeconds(1);
    /** The kill command itself waits a second between TERM and KILL. */
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(15);
    private static final int KILL_ATTEMPTS = 3;
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    private final SessionChain chain;
    private final Session session;
    private final String where;
    private final int channelTimeoutMillis;

    private JSchShell(SessionChain chain, String where, Duration connectTimeout) {
        this.chain = chain;
        this.session = chain.destination();
        this.where = where;
        this.channelTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    }

    /**
     * Opens the session, through the target's jump hosts if its SSH config names any; the shell
     * owns the sessions from then on and {@link #close()} ends them.
     */
    public static JSchShell connect(Target target, SshOptions options) throws ShellException {
        if (target.kind() != Target.Kind.SSH) {
            throw new IllegalArgumentException("JSchShell needs an SSH target, not " + target.describe());
        }
        Route route = new Routes(options).resolve(target);
        SessionChain chain = SessionChain.open(route, options, target.describe());
        return new JSchShell(chain, route.destination().login(), route.connectTimeout());
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
        cancel.throwIfCancelled();
        String pidFile = ProcessGroup.pidFileFor(UUID.randomUUID().toString());
        long start = System.nanoTime();
        RemoteCommand running = start(ProcessGroup.wrap(command, pidFile), new byte[0]);
        try {
            long deadline = start + timeout.toNanos();
            while (!running.finished()) {
                if (cancel.isCancelled() || System.nanoTime() > deadline) {
                    boolean cancelled = cancel.isCancelled();
                    stop(pidFile);
                    throw cancelled
                            ? new ShellException(Reason.CANCELLED, Message.of("ssh.cancelled", "Cancelled on {0}: {1}."
                            + " The remote command was stopped.", where, ShellQuote.brief(command)))
                            : new ShellException(Reason.TIMEOUT, Message.of("ssh.timeout", "No end within {0} on {1}"
                            + " of: {2}. The remote command was stopped; raise the command timeout if it needs longer.",
                            seconds(timeout), where, ShellQuote.brief(command)));
                }
                Thread.sleep(POLL_MILLIS);
            }
            return collect(running, command, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            // an interrupted caller (a cancelled javafx Task, an executor shutting down) must stop the command too
            stopAfterInterrupt(pidFile);
            Thread.currentThread().interrupt();
            throw new ShellException(Reason.CANCELLED, Message.of("ssh.interrupted", "Interrupted while running on"
                    + " {0}: {1}", where, ShellQuote.brief(command)), e);
        } finally {
            running.channel().disconnect();
        }
    }

    /** Sends the kill on a channel of its own: the command's channel only watches it. */
    private void stop(String pidFile) throws ShellException, InterruptedException {
        RemoteCommand killer = startKiller(pidFile);
        try {
            long deadline = System.nanoTime() + KILL_TIMEOUT.toNanos();
            while (!killer.finished() && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            killer.channel().disconnect();
        }
    }

    /**
     * JSch gives up opening a channel when its one wait for the server's answer ends early (an
     * interrupt just handled, a spurious wake-up), so the kill, which must get through, tries again.
     */
    private RemoteCommand startKiller(String pidFile) throws ShellException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start(ProcessGroup.kill(pidFile), new byte[0]);
            } catch (ShellException e) {
                if (attempt == KILL_ATTEMPTS || e.reason() != Reason.IO) {
                    throw e;
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /** The caller restores its interrupt afterwards; a flag still set here would abort the kill's own waits. */
    private void stopAfterInterrupt(String pidFile) {
        try {
            Thread.interrupted();
            stop(pidFile);
        } catch (ShellException | InterruptedException e) {
            System.getLogger(JSchShell.class.getName()).log(System.Logger.Level.WARNING,
                    "could not stop the remote process group " + pidFile + " on " + where, e);
        }
    }

    @Override
    public void upload(byte[] content, String path) throws ShellException {
        int slash = path.lastIndexOf('/');
        String mkdir = slash > 0 ? "mkdir -p " + ShellQuote.quote(path.substring(0, slash)) + " && " : "";
        String command = mkdir + "cat > " + ShellQuote.quote(path);
        long start = System.nanoTime();
        RemoteCommand running = start(command, content);
        try {
            long deadline = start + UPLOAD_TIMEOUT.toNanos();
            while (!running.finished()) {
                if (System.nanoTime() > deadline) {
                    throw new ShellException(Reason.TIMEOUT, Message.of("ssh.upload.timeout", "Writing {0} on {1} took"
                            + " longer than {2}; check the connection and free space there.", path, where,
                            seconds(UPLOAD_TIMEOUT)));
                }
                Thread.sleep(POLL_MILLIS);
            }
            CommandResult result = collect(running, command, Duration.ofNanos(System.nanoTime() - start));
            if (!result.succeeded()) {
                throw new ShellException(Reason.IO, Message.of("ssh.upload.failed", "Could not write {0} on {1}: {2}."
                        + " Check that the folder is writable and the disk is not full.", path, where,
                        result.stderr().strip().lines().findFirst().map(Message::verbatim).orElseGet(() -> Message.of(
                                "ssh.exitStatus", "exit status {0}", Integer.toString(result.exitCode())))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(Reason.CANCELLED, Message.of("ssh.upload.interrupted",
                    "Interrupted while writing {0} on {1}", path, where), e);
        } finally {
            running.channel().disconnect();
        }
    }

    /** Starts {@code command}, feeds it {@code stdin} and closes its input, as a command with no input expects. */
    private RemoteCommand start(String command, byte[] stdin) throws ShellException {
        ChannelExec channel;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            channel = (ChannelExec) session.openChannel("exec");
            channel.setCommand(command.getBytes(UTF_8));
            // JSch writes what arrives straight into these, so no thread of ours has to pump pipes
            channel.setOutputStream(out);
            channel.setErrStream(err);
            channel.connect(channelTimeoutMillis);
        } catch (JSchException e) {
            throw lost(Message.of("ssh.startFailed", "Could not start a command on {0}: {1}", where, e.getMessage()), e);
        }
        try (OutputStream in = channel.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            channel.disconnect();
            throw lost(Message.of("ssh.inputFailed", "Could not send input to {0}: {1}", where, e.getMessage()), e);
        }
        return new RemoteCommand(channel, out, err);
    }

    private ShellException lost(Message message, Exception cause) {
        if (!session.isConnected()) {
            return new ShellException(Reason.UNREACHABLE, Message.of("ssh.lost", "The SSH connection to {0} was lost."
                    + " Check that the host is still running and reachable.", where), cause);
        }
        return new ShellException(Reason.IO, message, cause);
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }

    @Override
    public void close() {
        chain.close();
    }

    /** JSch reports -1 when a channel closed without an exit status: the connection went away. */
    private CommandResult collect(RemoteCommand command, String text, Duration elapsed)
            throws ShellException, InterruptedException {
        int status = command.channel().getExitStatus();
        if (status >= 0) {
            return new CommandResult(text, status, command.out().toString(UTF_8), command.err().toString(UTF_8),
                    elapsed);
        }
        if (command.channel().getExitSignal() == null ? disconnectsWithin(SETTLE) : !session.isConnected()) {
            throw new ShellException(Reason.UNREACHABLE, Message.of("ssh.dropped", "The SSH connection to {0} dropped"
                    + " while running: {1}. Its output is lost; check that the host is still up (out of memory,"
                    + " rebooted, network down) before running it again.", where, ShellQuote.brief(text)));
        }
        String signal = command.channel().getExitSignal();
        throw new ShellException(Reason.IO, signal == null
                ? Message.of("ssh.noExitStatus", "The command on {0} ended without an exit status: {1}. Check the"
                + " host''s logs (out of memory?) before running it again.", where, text)
                : Message.of("ssh.killed", "The command on {0} ended without an exit status (killed by signal {1}):"
                + " {2}. Check the host''s logs (out of memory?) before running it again.", where, signal, text));
    }

    /**
     * A session whose server died closes its channels first and only then marks itself
     * disconnected, so a channel that ended without a word may belong to a session a moment from
     * saying it is gone: wait that moment, or a lost connection reads as a failed command and is
     * not retried.
     */
    private boolean disconnectsWithin(Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        while (session.isConnected()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** One exec channel and what it has printed so far. */
    private record RemoteCommand(ChannelExec channel, ByteArrayOutputStream out, ByteArrayOutputStream err) {

        boolean finished() {
            return channel.isClosed();
        }
    }
}
