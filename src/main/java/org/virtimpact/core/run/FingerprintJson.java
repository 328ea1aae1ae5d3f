package org.virtimpact.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.remote.HostFingerprint;

/** The JSON written to {@code hosts/ENV.json}. */
final class FingerprintJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FingerprintJson() {
    }

    static String of(Environment env, HostFingerprint fingerprint) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("environment", env.name());
        doc.put("declared_mode", env.mode());
        doc.put("target", env.target().describe());
        doc.put("facts", fingerprint.facts());
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
