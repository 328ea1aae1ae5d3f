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
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

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

    List<Message> problems(List<TestCase> cases) {
        List<Message> problems = new ArrayList<>();
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
                problems.add(Message.of("peer.plan.malformed", "Environment ''{0}'': {1}.", env.name(),
                        Explained.messageOf(e)));
                continue;
            }
            if (ref.managed()) {
                problems.addAll(managedProblems(env, ref));
            } else if (ref.kind() == PeerRef.Kind.NONE && !servesAsPeer(env)) {
                List<String> names = List.copyOf(networkBenchmarks);
                problems.add(names.size() == 1
                        ? Message.of("peer.plan.none.one", "Environment ''{0}'' has no network peer, which {1} needs;"
                        + " set one (its peer: a host where the server already runs, or @ENV to have VirtImpact start"
                        + " it on environment ENV of this campaign).", env.name(), names.get(0))
                        : Message.of("peer.plan.none.many", "Environment ''{0}'' has no network peer, which {1} need;"
                        + " set one (its peer: a host where the server already runs, or @ENV to have VirtImpact start"
                        + " it on environment ENV of this campaign).", env.name(), and(names)));
            }
        }
        return problems;
    }

    /** "a and b and c", with the "and" in the reader's language. */
    private static Message and(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? Message.verbatim(names.get(0))
                : Message.of("peer.plan.and", "{0} and {1}", and(names.subList(0, last)), names.get(last));
    }

    private List<Message> managedProblems(Environment env, PeerRef ref) {
        Optional<Environment> peer = campaign.environment(ref.environment());
        if (peer.isEmpty()) {
            return List.of(Message.of("peer.plan.unknown", "Environment ''{0}'' names ''@{1}'' as its peer, but the"
                    + " campaign has no environment ''{1}''; known: {2}.", env.name(), ref.environment(),
                    String.join(", ", campaign.environments().stream().map(Environment::name).toList())));
        }
        if (ref.address(peer).isEmpty()) {
            return List.of(Message.of("peer.plan.aliasAddress", "Environment ''{0}'': the address of its peer ''@{1}''"
                    + " can''t be told from an SSH config alias; write @{1}=ADDRESS.", env.name(), ref.environment()));
        }
        boolean remoteGuest = env.target().kind() == Target.Kind.SSH;
        boolean localPeer = peer.get().target().kind() == Target.Kind.LOCAL;
        if (remoteGuest && localPeer && ref.host().isEmpty()) {
            return List.of(Message.of("peer.plan.localPeer", "Environment ''{0}'' is reached over SSH but its peer"
                    + " ''@{1}'' is this machine, which it can''t reach as 127.0.0.1; write @{1}=ADDRESS with the"
                    + " address {0} reaches this machine at.", env.name(), ref.environment()));
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
