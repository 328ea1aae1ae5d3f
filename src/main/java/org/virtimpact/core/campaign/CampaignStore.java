package org.virtimpact.core.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.virtimpact.core.io.AtomicFiles;
import org.virtimpact.core.text.Message;

/**
 * Reads and writes a campaign folder's {@code campaign.json}. Writes go to a temporary file that
 * is synced and then renamed over the old one, so a crash never leaves half a campaign.
 */
public final class CampaignStore {

    public static final String CAMPAIGN_FILE = "campaign.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    public Campaign load(Path dir) throws CampaignException {
        Path file = dir.resolve(CAMPAIGN_FILE);
        if (!Files.isDirectory(dir)) {
            throw new CampaignException(Message.of("campaign.noFolder", "No campaign folder at {0}. Check the path, or"
                    + " create one with ''virtimpact new {0}''.", dir.toString()));
        }
        try {
            return mapper.readValue(Files.readAllBytes(file), Campaign.class);
        } catch (NoSuchFileException e) {
            throw new CampaignException(Message.of("campaign.noFile", "{0} has no {1}. Is it a campaign folder? Create"
                    + " one with ''virtimpact new DIR''.", dir.toString(), CAMPAIGN_FILE));
        } catch (JsonProcessingException e) {
            throw new CampaignException(Message.of("campaign.invalid", "{0} is not a valid campaign: {1}. Fix the file"
                    + " or restore it from a copy.", file.toString(), rootMessage(e)));
        } catch (IOException e) {
            throw new CampaignException(Message.of("campaign.unreadable", "Could not read {0}: {1}", file.toString(),
                    e.getMessage()));
        }
    }

    public void save(Path dir, Campaign campaign) throws CampaignException {
        try {
            Files.createDirectories(dir);
            byte[] json = mapper.writeValueAsBytes(campaign);
            AtomicFiles.replace(dir.resolve(CAMPAIGN_FILE), json);
        } catch (IOException e) {
            throw new CampaignException(Message.of("campaign.saveFailed", "Could not save the campaign in {0}: {1}",
                    dir.toString(), e.getMessage()));
        }
    }

    public String toJson(Campaign campaign) throws CampaignException {
        try {
            return mapper.writeValueAsString(campaign);
        } catch (JsonProcessingException e) {
            throw new CampaignException("Could not serialise the campaign: " + e.getOriginalMessage());
        }
    }

    private static String rootMessage(JsonProcessingException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String location = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String msg = t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : t.getMessage();
        return msg + location;
    }
}
