package org.virtimpact.core.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.virtimpact.core.bench.BenchmarkCatalog;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.campaign.TestCase;

/**
 * The planner's view of network peers, once the matrix has network cells: every peer written
 * correctly, every {@code @ENV} naming an environment of the campaign, every environment with
 * network cells having a peer. An environment that serves as another's managed peer and has no
 * peer of its own is where the servers run, not a client: its network cells are left out of the
 * plan rather than refused.
 */
public final class PeerPlanning {

    private final Campaign campaign;
    private final BenchmarkCatalog catalog;

    public PeerPlanning(Campaign campaign, BenchmarkCatalog catalog) {
        this.campaign = campaign;
        this.catalog = catalog;
    }

    List<String> problems(List<TestCase> cases) {
        List<String> problems = new ArrayList<>();
        Set<String> networkBenchmarks = new LinkedHashSet<>();
        cases.stream().filter(this::needsPeer).forEach(c -> networkBenchmarks.add(c.benchmark()));
        if (networkBenchmarks.isEmpty()) {
            // a peer is only ever read for network cells; without any, whatever it says harms nothing
            return problems;
        }
        for (Environment env : campaign.environments()) {
            PeerRef ref;
            try {
                ref = PeerRef.parse(env.peer());
            } catch (IllegalArgumentException e) {
                problems.add("Environment '" + env.name() + "': " + e.getMessage() + ".");
                continue;
            }
            if (ref.managed()) {
                problems.addAll(managedProblems(env, ref));
            } else if (ref.kind() == PeerRef.Kind.NONE && !servesAsPeer(env)) {
                problems.add("Environment '" + env.name() + "' has no network peer, which " + String.join(" and ",
                        networkBenchmarks) + (networkBenchmarks.size() == 1 ? " needs" : " need") + "; set one (its"
                        + " peer: a host where the server already runs, or @ENV to have VirtImpact start it on"
                        + " environment ENV of this campaign).");
            }
        }
        return problems;
    }

    private List<String> managedProblems(Environment env, PeerRef ref) {
        Optional<Environment> peer = campaign.environment(ref.environment());
        if (peer.isEmpty()) {
            return List.of("Environment '" + env.name() + "' names '@" + ref.environment() + "' as its peer, but the"
                    + " campaign has no environment '" + ref.environment() + "'; known: " + String.join(", ",
                    campaign.environments().stream().map(Environment::name).toList()) + ".");
        }
        if (ref.address(peer).isEmpty()) {
            return List.of("Environment '" + env.name() + "': the address of its peer '@" + ref.environment()
                    + "' can't be told from an SSH config alias; write @" + ref.environment() + "=ADDRESS.");
        }
        boolean remoteGuest = env.target().kind() == Target.Kind.SSH;
        boolean localPeer = peer.get().target().kind() == Target.Kind.LOCAL;
        if (remoteGuest && localPeer && ref.host().isEmpty()) {
            return List.of("Environment '" + env.name() + "' is reached over SSH but its peer '@" + ref.environment()
                    + "' is this machine, which it can't reach as 127.0.0.1; write @" + ref.environment()
                    + "=ADDRESS with the address " + env.name() + " reaches this machine at.");
        }
        return List.of();
    }

    /** Whether the plan leaves this cell out on this environment (see the class comment). */
    public boolean skips(Environment env, TestCase testCase) {
        return isNone(env) && servesAsPeer(env) && needsPeer(testCase);
    }

    private boolean servesAsPeer(Environment env) {
        return campaign.environments().stream().filter(other -> other != env).map(other -> parsed(other.peer()))
                .flatMap(Optional::stream)
                .anyMatch(ref -> ref.managed() && ref.environment().equals(env.name()));
    }

    private static boolean isNone(Environment env) {
        return parsed(env.peer()).map(r -> r.kind() == PeerRef.Kind.NONE).orElse(false);
    }

    private static Optional<PeerRef> parsed(String peer) {
        try {
            return Optional.of(PeerRef.parse(peer));
        } catch (IllegalArgumentException e) {
            // reported by problems(); a peer written wrongly serves nobody
            return Optional.empty();
        }
    }

    /** A cell whose options are invalid still needs a peer; its own problem is reported by validation. */
    public boolean needsPeer(TestCase testCase) {
        try {
            return catalog.find(testCase.benchmark()).flatMap(b -> b.peerService(testCase)).isPresent();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
