package org.virtimpact.ui.start;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns opened lately, newest first, kept in the user's configuration folder
 * ({@code ~/.config/virtimpact/recent.json}, or under {@code $XDG_CONFIG_HOME}), never in a
 * campaign or the repository. Only folder paths and campaign names: nothing secret. Reads and
 * writes the disk, so it is called off the FX thread.
 */
public final class RecentCampaigns {

    static final int LIMIT = 10;
    static final String FILE = "recent.json";

    /** @param present whether the folder still exists, so a moved study can be told apart */
    public record Recent(Path dir, String name, boolean present) {
    }

    private final Optional<Path> file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Without a file: read by the runner on a worker, written by the start page, hence volatile. */
    private volatile List<Recent> inMemory = List.of();

    /** @param file where the list is kept; empty to remember only until the app closes (tests, embedding) */
    public RecentCampaigns(Optional<Path> file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/virtimpact/recent.json}, else {@code ~/.config/virtimpact/recent.json}. */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("virtimpact").resolve(FILE);
    }

    /** A missing or unreadable list is an empty one: it is a convenience, not a record. */
    public synchronized List<Recent> load() {
        if (file.isEmpty()) {
            return inMemory;
        }
        if (!Files.isRegularFile(file.get())) {
            return List.of();
        }
        try {
            JsonNode root = mapper.readTree(file.get().toFile());
            List<Recent> out = new ArrayList<>();
            for (JsonNode entry : root.path("campaigns")) {
                String dir = entry.path("dir").asText("");
                if (!dir.isBlank()) {
                    Path path = Path.of(dir);
                    out.add(new Recent(path, entry.path("name").asText(path.getFileName().toString()),
                            Files.isDirectory(path)));
                }
            }
            return List.copyOf(out);
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
    }

    /** Puts {@code dir} first and saves the list; the oldest beyond {@value #LIMIT} are dropped. */
    public synchronized List<Recent> remember(Path dir, String name) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        List<Recent> list = new ArrayList<>(load());
        list.removeIf(r -> r.dir().equals(absolute));
        list.add(0, new Recent(absolute, name, true));
        return save(list.subList(0, Math.min(LIMIT, list.size())));
    }

    public synchronized List<Recent> forget(Path dir) throws IOException {
        List<Recent> list = new ArrayList<>(load());
        list.removeIf(r -> r.dir().equals(dir));
        return save(list);
    }

    private List<Recent> save(List<Recent> list) throws IOException {
        List<Recent> copy = List.copyOf(list);
        if (file.isEmpty()) {
            inMemory = copy;
            return copy;
        }
        ObjectNode root = mapper.createObjectNode();
        ArrayNode campaigns = root.putArray("campaigns");
        copy.forEach(r -> campaigns.addObject().put("dir", r.dir().toString()).put("name", r.name()));
        Files.createDirectories(file.get().getParent());
        Path tmp = file.get().resolveSibling(FILE + ".tmp");
        try {
            Files.write(tmp, mapper.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
        try {
            Files.move(tmp, file.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
