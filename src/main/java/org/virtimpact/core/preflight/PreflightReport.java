package org.virtimpact.core.preflight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.virtimpact.core.remote.HostFingerprint;

/**
 * Everything one preflight found: the campaign's own table (its matrix), one table per checked
 * environment, the fingerprints read, and the warnings those fingerprints give about the
 * comparison (also shown as advisory rows).
 *
 * @param fingerprints by environment name, for the environments that could be reached
 * @param warnings     about every environment of the campaign whose facts are known, also those
 *                     recorded by an earlier check or run when only some were checked now
 * @param cancelled    the checks were stopped before the end; rows not run are SKIPPED
 */
public record PreflightReport(CheckTable campaign, List<CheckTable> environments,
                              Map<String, HostFingerprint> fingerprints, List<FingerprintWarning> warnings,
                              boolean cancelled) {

    public PreflightReport {
        Objects.requireNonNull(campaign, "campaign");
        environments = List.copyOf(environments);
        fingerprints = Collections.unmodifiableMap(new LinkedHashMap<>(fingerprints));
        warnings = List.copyOf(warnings);
    }

    /** The campaign's table first, then each environment's. */
    public List<CheckTable> tables() {
        List<CheckTable> all = new ArrayList<>();
        all.add(campaign);
        all.addAll(environments);
        return List.copyOf(all);
    }

    /** True when a run may start: nothing required failed and nothing was left unchecked. */
    public boolean passed() {
        return !cancelled && tables().stream().allMatch(CheckTable::passed);
    }

    public long failures() {
        return tables().stream().mapToLong(t -> t.blocking().size()).sum();
    }

    public long warningRows() {
        return tables().stream().mapToLong(CheckTable::warnings).sum();
    }
}
