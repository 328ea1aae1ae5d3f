package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLocatorTest {

    @TempDir
    Path work;

    private void createQuickstart() throws IOException {
        Path dir = Files.createDirectories(work.resolve("samples/quickstart"));
        Files.writeString(dir.resolve("campaign.json"), "{\"name\":\"q\"}");
    }

    @Test
    void opensTheFolderNamedByTheSystemProperty() throws IOException {
        createQuickstart();
        Path other = work.resolve("studies/xen");
        assertEquals(Optional.of(other), new CampaignLocator(work).initial(Optional.of(other.toString())));
    }

    @Test
    void resolvesARelativePropertyAgainstTheWorkingDirectory() {
        assertEquals(Optional.of(work.resolve("studies/xen")),
                new CampaignLocator(work).initial(Optional.of("studies/xen")));
    }

    @Test
    void fallsBackToTheQuickstartSample() throws IOException {
        createQuickstart();
        assertEquals(Optional.of(work.resolve("samples/quickstart")),
                new CampaignLocator(work).initial(Optional.empty()));
    }

    @Test
    void ignoresABlankProperty() throws IOException {
        createQuickstart();
        assertEquals(Optional.of(work.resolve("samples/quickstart")),
                new CampaignLocator(work).initial(Optional.of("  ")));
    }

    @Test
    void opensNothingWithoutPropertyOrQuickstart() {
        assertTrue(new CampaignLocator(work).initial(Optional.empty()).isEmpty());
    }
}
