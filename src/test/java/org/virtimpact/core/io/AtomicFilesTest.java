package org.virtimpact.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("campaign.json");
        Files.writeString(file, "old content, longer than the new one");

        AtomicFiles.replace(file, "new".getBytes(UTF_8));

        assertEquals("new", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("campaign.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void createsAFileThatWasNotThere() throws IOException {
        Path file = dir.resolve("results.csv");
        AtomicFiles.replace(file, "a,b\n".getBytes(UTF_8));
        assertEquals("a,b\n", Files.readString(file));
    }

    @Test
    void aFolderThatIsGoneIsAnErrorAndNotASilentLoss() {
        Path file = dir.resolve("gone").resolve("campaign.json");
        assertThrows(IOException.class, () -> AtomicFiles.replace(file, "x".getBytes(UTF_8)));
    }
}
