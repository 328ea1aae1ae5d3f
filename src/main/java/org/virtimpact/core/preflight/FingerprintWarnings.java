package org.virtimpact.core.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.report.HostComparison;
import org.virtimpact.core.remote.DetectedMode;
import org.virtimpact.core.text.Message;

/**
 * The warnings the environments' facts give about a campaign, from facts alone (freshly read, or
 * {@code hosts/*.json} as {@code core.report.HostFacts} loads them), so the workbench can show
 * them without connecting anywhere. Every environment is compared with the baseline: the first
 * environment of the campaign whose facts are known, as the report does by default.
 */
public final class FingerprintWarnings {

    private final HostComparison comparison;

    public FingerprintWarnings(HostComparison comparison) {
        this.comparison = comparison;
    }

    /** @param facts by environment name; environments without facts are left out */
    public List<FingerprintWarning> of(Campaign campaign, Map<String, Map<String, String>> facts) {
        List<FingerprintWarning> out = new ArrayList<>();
        Optional<String> baseline = baseline(campaign, facts);
        for (Environment env : campaign.environments()) {
            Map<String, String> mine = facts.get(env.name());
            if (mine == null || mine.isEmpty()) {
                continue;
            }
            mode(env, mine).filter(r -> r.verdict() == ModeCheck.Verdict.CONTRADICTS).ifPresent(r -> out.add(
                    new FingerprintWarning(FingerprintWarning.Kind.MODE_CONTRADICTED, env.name(), r.text())));
            if (baseline.isPresent() && !baseline.get().equals(env.name())) {
                out.addAll(differences(env.name(), mine, baseline.get(), facts.get(baseline.get())));
            }
        }
        return List.copyOf(out);
    }

    public Optional<String> baseline(Campaign campaign, Map<String, Map<String, String>> facts) {
        return campaign.environments().stream().map(Environment::name)
                .filter(n -> facts.containsKey(n) && !facts.get(n).isEmpty()).findFirst();
    }

    /** The declared mode against the detected one; empty when the facts hold no virtualization fact. */
    static Optional<ModeCheck.Result> mode(Environment env, Map<String, String> facts) {
        if (!DetectedMode.canTell(facts)) {
            return Optional.empty();
        }
        return Optional.of(ModeCheck.compare(env.mode(), DetectedMode.from(facts)));
    }

    private List<FingerprintWarning> differences(String env, Map<String, String> mine, String baseline,
                                                 Map<String, String> base) {
        return comparison.differences(mine, base).stream().map(d -> d.shape()
                ? new FingerprintWarning(FingerprintWarning.Kind.DIFFERENT_VM, env, Message.of("fingerprint.differentVm",
                "{0} differs from {1} ({2} vs {3}): not identical VMs, so a difference in the results is not only the"
                + " virtualization mode", d.fact(), baseline, d.value(), d.baselineValue()))
                : new FingerprintWarning(FingerprintWarning.Kind.DIFFERENT_VERSION, env, Message.of(
                "fingerprint.differentVersion", "{0} differs from {1} (''{2}'' vs ''{3}'')", d.fact(), baseline,
                d.value(), d.baselineValue()))).toList();
    }
}
