package org.virtimpact.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** {@link Background} on the App's executor; a {@link Task} carries the result to the FX thread. */
public final class FxBackground implements Background {

    private final ExecutorService executor;

    public FxBackground(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(asException(task.getException())));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException refused) {
            if (!executor.isShutdown()) {
                throw refused;
            }
            // the application is closing and no window is left to show the result: dropped on purpose
        }
    }

    /** An Error (out of memory, say) is still reported to the person rather than lost. */
    private static Exception asException(Throwable t) {
        return t instanceof Exception e ? e : new IllegalStateException(String.valueOf(t.getMessage()), t);
    }
}
