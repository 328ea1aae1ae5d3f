package org.virtimpact.cli;

/**
 * Where "stop now" comes from while a run is going: Ctrl-C and kill in production (through the
 * JVM's shutdown hooks), the test's own hand in tests.
 */
@FunctionalInterface
public interface InterruptSource {

    /** Calls {@code onInterrupt} when the person interrupts, until the registration is closed. */
    Registration register(Runnable onInterrupt);

    /** Stops listening; never throws, so it fits try-with-resources without a catch. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
