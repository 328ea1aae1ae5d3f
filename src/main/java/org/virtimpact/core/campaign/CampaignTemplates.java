package org.virtimpact.core.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.virtimpact.core.io.AtomicFiles;
import org.virtimpact.core.text.Message;

/**
 * The campaigns a new folder can start from, kept as resources under
 * {@code org/virtimpact/templates/NAME/campaign.json} so the CLI's {@code new} and the workbench
 * offer the same ones.
 */
public final class CampaignTemplates {

    public static final String QUICKSTART = "quickstart";
    public static final String XEN_2008 = "xen-2008";
    public static final List<String> NAMES = List.of(QUICKSTART, XEN_2008);

    private static final String ROOT = "/org/virtimpact/templates/";

    private final CampaignStore store;

    public CampaignTemplates(CampaignStore store) {
        this.store = store;
    }

    /**
     * Writes template {@code name} as {@code dir/campaign.json} and returns the campaign. The folder
     * may exist only if it is empty, so nobody's files are mixed with a new campaign.
     */
    public Campaign create(Path dir, String name) throws CampaignException {
        byte[] json = read(name);
        refuseUsedFolder(dir);
        try {
            Files.createDirectories(dir);
            AtomicFiles.replace(dir.resolve(CampaignStore.CAMPAIGN_FILE), json);
        } catch (IOException e) {
            throw new CampaignException(Message.of("campaign.createFailed", "Could not create the campaign in {0}: {1}."
                    + " Check the path and its permissions.", dir.toString(), e.getMessage()));
        }
        return store.load(dir);
    }

    private static byte[] read(String name) throws CampaignException {
        if (!NAMES.contains(name)) {
            throw new CampaignException("Unknown template '" + name + "'. Use one of: " + String.join(", ", NAMES)
                    + ".");
        }
        String resource = ROOT + name + "/" + CampaignStore.CAMPAIGN_FILE;
        try (InputStream in = CampaignTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CampaignException("The template " + name + " is missing from this build (" + resource + ").");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CampaignException("Could not read the template " + name + ": " + e.getMessage());
        }
    }

    private static void refuseUsedFolder(Path dir) throws CampaignException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new CampaignException(Message.of("campaign.create.isFile",
                    "{0} is a file, not a folder. Choose a new folder for the campaign.", dir.toString()));
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new CampaignException(Message.of("campaign.create.notEmpty", "{0} already exists and is not"
                        + " empty. Choose a new folder (or an empty one) for the campaign, so no file in it is"
                        + " overwritten.", dir.toString()));
            }
        } catch (IOException e) {
            throw new CampaignException("Could not look into " + dir + ": " + e.getMessage());
        }
    }
}
