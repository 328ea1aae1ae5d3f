package org.virtimpact;

import javafx.application.Application;
import org.virtimpact.cli.VirtImpactCli;
import org.virtimpact.ui.App;

/**
 * The jar's entry point. It is not the {@code Application} itself, so JavaFX can start from the
 * class path. No arguments open the workbench; any argument makes this the command-line tool.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(App.class, args);
        } else {
            System.exit(VirtImpactCli.execute(args));
        }
    }
}
