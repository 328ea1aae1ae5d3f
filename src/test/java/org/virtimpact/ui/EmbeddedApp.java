package org.virtimpact.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/** The workbench on a given campaign, leaving the person's recent list and settings alone; for harnesses outside this package. */
public final class EmbeddedApp {

    private EmbeddedApp() {
    }

    public static Application on(Path campaign) {
        return new App(Optional.of(campaign));
    }
}
