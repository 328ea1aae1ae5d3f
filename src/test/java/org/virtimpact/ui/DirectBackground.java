package org.virtimpact.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work at once on the caller's thread, or, when held, queues it so a test can
 * decide the order in which results come back.
 */
public final class DirectBackground implements Background {

    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private boolean holdingReplies;

    public void hold() {
        holding = true;
    }

    /** The work still runs at once, but its result waits in {@link #held()}: a build already under way. */
    public void holdReplies() {
        holdingReplies = true;
    }

    public List<Runnable> held() {
        return held;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onError) {
        if (holdingReplies) {
            try {
                T result = work.call();
                held.add(() -> onDone.accept(result));
            } catch (Exception e) {
                held.add(() -> onError.accept(e));
            }
            return;
        }
        Runnable job = () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        };
        if (holding) {
            held.add(job);
        } else {
            job.run();
        }
    }
}
