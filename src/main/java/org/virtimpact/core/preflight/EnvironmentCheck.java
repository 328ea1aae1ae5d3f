package org.virtimpact.core.preflight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.CancellationToken;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.remote.Shell;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.text.Message;

/**
 * The table of one environment, in the order a person fixes things: connection, what the target
 * is, its tools, its scratch folder, root, clock, peers. A check whose command fails becomes a
 * row saying so and the next check still runs; a cancel skips the rest.
 */
final class EnvironmentCheck {

    record Outcome(List<CheckRow> rows, Optional<HostFingerprint> fingerprint, boolean cancelled) {
    }

    /** One check that may run commands on the target. */
    private interface Step {
        List<CheckRow> run() throws ShellException;
    }

    private final Campaign campaign;
    private final BenchmarkCatalog catalog;
    private final Connections connections;
    private final PreflightLimits limits;
    private final Clock clock;
    private final CancellationToken cancel;

    EnvironmentCheck(Campaign campaign, BenchmarkCatalog catalog, Connections connections, PreflightLimits limits,
                     Clock clock, CancellationToken cancel) {
        this.campaign = campaign;
        this.catalog = catalog;
        this.connections = connections;
        this.limits = limits;
        this.clock = clock;
        this.cancel = cancel;
    }

    Outcome run(Environment env) {
        Connections.Opened opened = connections.open(env);
        List<CheckRow> rows = new ArrayList<>(opened.rows());
        if (opened.shell().isEmpty()) {
            return new Outcome(rows, Optional.empty(), cancel.isCancelled());
        }
        Shell shell = opened.shell().get();
        // per environment: one that only hosts another's servers is asked for those, not for the clients
        MatrixNeeds needs = MatrixNeeds.of(campaign, catalog, env);
        TargetChecks target = new TargetChecks(shell, env, limits, clock, cancel);
        List<HostFingerprint> fingerprint = new ArrayList<>(1);
        boolean done = step(rows, CheckNames.FINGERPRINT, false, () -> {
            HostFingerprint f = HostFingerprint.parse(target.exec(HostFingerprint.COMMAND, limits.probeTimeout())
                    .stdout());
            fingerprint.add(f);
            return List.of(CheckRow.ok(CheckNames.FINGERPRINT, false, summary(f)), mode(env, f.facts()));
        }) && step(rows, CheckNames.TOOLS, true, () -> target.tools(needs.tools()))
                && step(rows, CheckNames.SCRATCH_DIR, true, () -> target.scratch(needs))
                && step(rows, CheckNames.ROOT, true, () -> List.of(target.root(needs.dropCaches())))
                && step(rows, CheckNames.CLOCK, false, () -> List.of(target.clock()))
                && step(rows, CheckNames.PEERS, true, () -> new PeerChecks(campaign, connections, limits, cancel)
                .rows(env, target, needs));
        return new Outcome(rows, fingerprint.stream().findFirst(), !done);
    }

    /** False when cancelled, which ends the table there. */
    private boolean step(List<CheckRow> rows, Message name, boolean required, Step step) {
        try {
            rows.addAll(step.run());
            return true;
        } catch (ShellException e) {
            if (e.reason() == ShellException.Reason.CANCELLED) {
                rows.add(CheckRow.skipped(name, required, Message.of("check.cancelled.rest",
                        "cancelled; later checks were not run")));
                return false;
            }
            rows.add(CheckRow.problem(name, required, Message.of("check.failedToRun", "could not run this check: {0}",
                    e.explanation()), Message.of("check.failedToRun.fix",
                    "Run the check again; if it keeps failing, look at the host.")));
            return true;
        }
    }

    private static CheckRow mode(Environment env, Map<String, String> facts) {
        Optional<ModeCheck.Result> result = FingerprintWarnings.mode(env, facts);
        if (result.isEmpty()) {
            return CheckRow.skipped(CheckNames.MODE, false, Message.of("check.mode.noFacts",
                    "the target reported no virtualization facts"));
        }
        return switch (result.get().verdict()) {
            case MATCHES -> CheckRow.ok(CheckNames.MODE, false, result.get().text());
            case CONTRADICTS -> CheckRow.warning(CheckNames.MODE, result.get().text(), Message.of("check.mode.fix",
                    "Check that the SSH target reaches the intended guest, and correct the environment''s mode if it"
                    + " is wrong: results are labelled with the declared mode."));
            default -> CheckRow.skipped(CheckNames.MODE, false, result.get().text());
        };
    }

    /** "Linux 6.1.0 x86_64, Debian GNU/Linux 12, 2 x AMD EPYC, 3.8 GiB; detected KVM". */
    static Message summary(HostFingerprint f) {
        List<String> parts = new ArrayList<>();
        List.of("kernel", "os").forEach(k -> {
            if (!f.fact(k).isBlank()) {
                parts.add(f.fact(k));
            }
        });
        if (!f.fact("cpus").isBlank()) {
            parts.add(f.fact("cpus") + (f.fact("cpu_model").isBlank() ? " CPUs" : " x " + f.fact("cpu_model")));
        }
        if (f.fact("mem_total_kb").matches("\\d{1,15}")) {
            parts.add(TargetChecks.human(Long.parseLong(f.fact("mem_total_kb")) * 1024));
        }
        String detected = f.fact(HostFingerprint.DETECTED_MODE);
        Message facts = parts.isEmpty() ? Message.of("check.fingerprint.none", "no facts reported")
                : Message.verbatim(String.join(", ", parts));
        return detected.isBlank() ? facts : Message.of("check.fingerprint.detected", "{0}; detected {1}", facts,
                detected);
    }
}
