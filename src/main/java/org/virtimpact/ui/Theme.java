package org.virtimpact.ui;

import java.net.URL;
import java.util.Optional;
import org.virtimpact.chart.ChartTheme;

/**
 * Light or dark. Both keep JavaFX's Modena and add the workbench's stylesheets; dark then lays
 * {@code dark.css} over them, which re-derives Modena's colours from a dark base, so every control
 * follows without a rule of its own.
 */
public enum Theme {

    LIGHT(Optional.empty()),
    DARK(Optional.of("dark.css"));

    private final Optional<String> stylesheet;

    Theme(Optional<String> stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The scene-wide stylesheet laid over every feature's own, if the theme has one. */
    public Optional<String> stylesheetUrl() {
        return stylesheet.map(name -> {
            URL url = Theme.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException(name + " is missing from this build");
            }
            return url.toExternalForm();
        });
    }

    /** Charts on screen in the same light or dark as the window. */
    public ChartTheme chartTheme() {
        return this == DARK ? ChartTheme.screenDark() : ChartTheme.screen();
    }
}
