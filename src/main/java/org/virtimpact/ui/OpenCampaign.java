package org.virtimpact.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Environment;

/** The campaign the workbench shows, with the folder it lives in. */
public record OpenCampaign(Path dir, Campaign campaign) {

    public OpenCampaign {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(campaign, "campaign");
    }

    public List<String> environmentNames() {
        return campaign.environments().stream().map(Environment::name).toList();
    }
}
