package org.virtimpact.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Turns Ctrl-C (SIGINT), SIGTERM and SIGHUP into a call of the handler: the JVM runs its shutdown
 * hooks on those signals and halts once they return, so the handler gets to stop the run and wait
 * for its cleanup before the process goes.
 */
final class JvmShutdownHooks implements InterruptSource {

    /**
     * A shutdown hook must be an unstarted thread that the JVM itself starts; it is not a worker,
     * so it does not belong on an executor. The factory keeps thread construction in the JDK.
     */
    private final ThreadFactory threads = Executors.defaultThreadFactory();

    @Override
    public Registration register(Runnable onInterrupt) {
        Thread hook = threads.newThread(onInterrupt);
        hook.setName("virtimpact-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> remove(hook);
    }

    private static void remove(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and waits for this run's end.
            System.getLogger(JvmShutdownHooks.class.getName()).log(System.Logger.Level.DEBUG,
                    "shutdown under way; interrupt hook stays", e);
        }
    }
}
