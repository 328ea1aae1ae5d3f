package org.virtimpact.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;

/** Small waits and shell wrappers for the run tests. */
final class Testing {

    private Testing() {
    }

    /** Polls until {@code check} holds; fails the caller's test thread when it never does. */
    static void await(Duration timeout, BooleanSupplier check) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("gave up waiting after " + timeout);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shell that runs each command as {@code rewrite} changes it. */
    static final class Rewriting implements Shell {
        private final Shell delegate;
        private final UnaryOperator<String> rewrite;

        Rewriting(Shell delegate, UnaryOperator<String> rewrite) {
            this.delegate = delegate;
            this.rewrite = rewrite;
        }

        @Override
        public String describe() {
            return delegate.describe();
        }

        @Override
        public CommandResult exec(String command, Duration timeout, CancellationToken cancel) throws ShellException {
            return delegate.exec(rewrite.apply(command), timeout, cancel);
        }

        @Override
        public void upload(byte[] content, String path) throws ShellException {
            delegate.upload(content, path);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
