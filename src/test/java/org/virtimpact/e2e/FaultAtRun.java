package org.virtimpact.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.virtimpact.core.run.PlannedRun;
import org.virtimpact.core.run.RunListener;

/**
 * Injects a fault while a run is under way: when the first run of {@code environment} starts, a
 * thread of its own waits until {@code ready} holds (the remote command is running) and then
 * performs {@code fault}. The runner's thread is never blocked, so the fault hits mid-command.
 */
final class FaultAtRun implements RunListener {

    private final String environment;
    private final BooleanSupplier ready;
    private final Runnable fault;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private CompletableFuture<Boolean> injected;

    FaultAtRun(String environment, BooleanSupplier ready, Runnable fault) {
        this.environment = environment;
        this.ready = ready;
        this.fault = fault;
    }

    @Override
    public void caseStarted(int index, int total, PlannedRun run) {
        log.add("started " + run.runId());
        if (injected == null && run.environment().name().equals(environment)) {
            injected = CompletableFuture.supplyAsync(() -> {
                boolean running = Testbed.eventually(Duration.ofSeconds(20), ready);
                fault.run();
                return running;
            });
        }
    }

    @Override
    public void caseFailed(PlannedRun run, String reason) {
        log.add("failed " + run.runId() + ": " + reason);
    }

    @Override
    public void message(String text) {
        log.add(text);
    }

    /** Whether the fault was injected while the command was seen running (false: between runs). */
    boolean hitMidCommand() throws Exception {
        if (injected == null) {
            throw new AssertionError("no run of " + environment + " started; log: " + log);
        }
        return injected.get(60, TimeUnit.SECONDS);
    }

    List<String> log() {
        return List.copyOf(log);
    }
}
