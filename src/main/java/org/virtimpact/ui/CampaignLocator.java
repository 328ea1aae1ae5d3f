package org.virtimpact.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.virtimpact.core.campaign.CampaignStore;

/**
 * Decides which campaign the workbench opens at start: the one named by the system property
 * {@value #PROPERTY}, else the quickstart sample when started from a source checkout, else none
 * (the person picks one with Open…). Reads the disk, so it runs off the FX thread.
 */
public final class CampaignLocator {

    public static final String PROPERTY = "virtimpact.campaign";
    static final Path QUICKSTART = Path.of("samples", "quickstart");

    private final Path workingDir;

    public CampaignLocator(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * @param requested the property's value, if set; a named folder is returned even when it
     *                  does not exist, so that opening it explains what is wrong
     */
    public Optional<Path> initial(Optional<String> requested) {
        Optional<String> named = requested.map(String::strip).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            return Optional.of(workingDir.resolve(named.get()).toAbsolutePath().normalize());
        }
        Path quickstart = workingDir.resolve(QUICKSTART);
        if (Files.isRegularFile(quickstart.resolve(CampaignStore.CAMPAIGN_FILE))) {
            return Optional.of(quickstart.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }
}
