package org.virtimpact.ui.results;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs something once, when the first pulse that lays a node out is over. A new tab's first pulse
 * styles and lays out every node in it; work held back until then (building a table's cells) makes
 * the next pulse a little longer instead of that one much longer.
 */
final class FirstPulse {

    private FirstPulse() {
    }

    static void after(Node node, Runnable then) {
        if (node.getScene() != null) {
            afterNextLayout(node.getScene(), then);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    afterNextLayout(scene, then);
                }
            }
        });
    }

    private static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // posted from inside the pulse, so it runs once the pulse is over
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        // nothing else may be asking for a pulse
        Platform.requestNextPulse();
    }
}
