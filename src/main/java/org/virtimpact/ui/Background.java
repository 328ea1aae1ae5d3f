package org.virtimpact.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands its result back on it. View models take this instead
 * of an executor, so their tests can run everything synchronously without a toolkit.
 */
public interface Background {

    /**
     * Runs {@code work} on a worker thread; then {@code onDone} or {@code onError} on the FX
     * thread. May be called from any thread.
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onError);
}
