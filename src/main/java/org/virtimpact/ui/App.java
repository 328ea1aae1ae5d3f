package org.virtimpact.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the workbench lands. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
