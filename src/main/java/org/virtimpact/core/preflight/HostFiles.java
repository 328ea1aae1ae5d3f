package org.virtimpact.core.preflight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.HostFingerprint;
import org.virtimpact.core.report.HostFacts;
import org.virtimpact.core.results.ResultsException;
import org.virtimpact.core.run.Journal;
import org.virtimpact.core.text.Message;

/**
 * The campaign's {@code hosts/} folder as preflight uses it: written the way a run writes it
 * (through {@link Journal}), read back through the report's {@link HostFacts}.
 */
final class HostFiles {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path dir;

    HostFiles(Path campaignDir) {
        this.dir = campaignDir;
    }

    /** Writes each fingerprint; a file that can't be written is a failed row, since results couldn't be either. */
    List<CheckRow> save(Campaign campaign, Map<String, HostFingerprint> fingerprints) {
        Journal journal = new Journal(dir);
        for (Map.Entry<String, HostFingerprint> e : fingerprints.entrySet()) {
            Environment env = campaign.environment(e.getKey()).orElseThrow();
            try {
                journal.saveHost(env.slug(), mapper.writeValueAsString(e.getValue().document(env)) + "\n");
            } catch (ResultsException ex) {
                return List.of(CheckRow.failed(CheckNames.HOST_FACTS, ex.explanation(), Message.of(
                        "check.hostFacts.fix", "Make the campaign folder writable; a run writes its results there too.")));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("a map of strings always serialises", ex);
            }
        }
        return List.of();
    }

    /** The recorded facts of the campaign's environments, with those just read taking precedence. */
    Map<String, Map<String, String>> facts(Campaign campaign, Map<String, HostFingerprint> fresh) {
        Map<String, Map<String, String>> recorded = new HostFacts().load(dir.resolve(Journal.HOSTS)).facts();
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        for (Environment env : campaign.environments()) {
            if (fresh.containsKey(env.name())) {
                facts.put(env.name(), fresh.get(env.name()).facts());
            } else if (recorded.containsKey(env.name())) {
                facts.put(env.name(), recorded.get(env.name()));
            }
        }
        return facts;
    }
}
