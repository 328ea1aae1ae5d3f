package org.virtimpact.ui.targets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.preflight.PreflightReport;
import org.virtimpact.core.report.HostFacts;
import org.virtimpact.core.run.Journal;
import org.virtimpact.ui.Background;

/**
 * What each guest said about itself: the facts recorded in the campaign's {@code hosts/} by
 * earlier checks and runs (read off the FX thread, once per folder), updated by each test.
 */
final class GuestFacts {

    private final Background background;
    private Map<String, Map<String, String>> facts = Map.of();
    private Path readFrom;

    GuestFacts(Background background) {
        this.background = background;
    }

    Map<String, String> of(String environment) {
        return facts.getOrDefault(environment, Map.of());
    }

    /** Reads {@code dir/hosts/} unless already read; {@code read} is told on the FX thread when done. */
    void load(Path dir, Runnable read) {
        if (dir.equals(readFrom)) {
            return;
        }
        readFrom = dir;
        facts = Map.of();
        background.submit(() -> new HostFacts().load(dir.resolve(Journal.HOSTS)), loaded -> {
            if (dir.equals(readFrom)) {
                Map<String, Map<String, String>> merged = new LinkedHashMap<>(loaded.facts());
                merged.putAll(facts);
                facts = merged;
                read.run();
            }
        }, e -> {
            // Without recorded facts the table simply shows no fingerprint until the next test.
        });
    }

    /** A run or a check elsewhere wrote hosts/ again: the next {@link #load} reads it anew. */
    void forget() {
        readFrom = null;
    }

    void add(PreflightReport report) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>(facts);
        report.fingerprints().forEach((env, f) -> merged.put(env, f.facts()));
        facts = merged;
    }

    /** A fact file may be left from an environment since removed or renamed: only current names count. */
    Map<String, Map<String, String>> known(Campaign campaign) {
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        campaign.environments().forEach(e -> Optional.ofNullable(facts.get(e.name()))
                .ifPresent(f -> current.put(e.name(), f)));
        return current;
    }
}
