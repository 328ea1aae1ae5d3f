package org.virtimpact.core.remote;

import java.time.Duration;

/**
 * The port through which everything runs on an environment, local or remote. Implementations
 * wrap each command with {@link ProcessGroup} so a timeout or a cancel stops the remote
 * benchmark itself, not just the channel that watches it.
 */
public interface Shell extends AutoCloseable {

    /** Where this shell runs, for messages: "this machine", "alice@xen-pv:2222". */
    String describe();

    /**
     * Runs {@code command} with {@code sh}, waits for it to end, and returns its output.
     *
     * @throws ShellException with reason TIMEOUT or CANCELLED after stopping the command's
     *                        process group, or another reason when the shell itself failed
     */
    CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException;

    /** Writes {@code content} to {@code path} on the target, creating parent folders. */
    void upload(byte[] content, String path) throws ShellException;

    @Override
    void close();
}
