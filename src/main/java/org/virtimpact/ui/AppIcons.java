package org.virtimpact.ui;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Where the window icon comes from: the class path once the build packages {@code icons/} as
 * {@code /org/virtimpact/icons/}, else the {@code icons/} folder of a source checkout. No icon at
 * all is fine: the window still opens.
 */
final class AppIcons {

    static final List<String> FILES = List.of("virtimpact-256.png", "virtimpact-64.png");
    private static final String RESOURCE_DIR = "/org/virtimpact/icons/";

    private final Path workingDir;

    AppIcons(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * The icon images, fully loaded: a window takes an icon only once its pixels are there, so
     * they are read here, off the FX thread, rather than loaded lazily.
     */
    List<Image> load() {
        return urls().stream().map(Image::new).filter(image -> !image.isError()).toList();
    }

    private List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (String file : FILES) {
            URL resource = AppIcons.class.getResource(RESOURCE_DIR + file);
            Path onDisk = workingDir.resolve("icons").resolve(file);
            if (resource != null) {
                urls.add(resource.toExternalForm());
            } else if (Files.isRegularFile(onDisk)) {
                urls.add(onDisk.toUri().toString());
            }
        }
        return urls;
    }
}
