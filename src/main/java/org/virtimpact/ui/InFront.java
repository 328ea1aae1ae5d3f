package org.virtimpact.ui;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Keeps what a tab shows in step with its view model only while the tab is in front. During a
 * run every new report reaches every results tab; redrawing a hidden tab's chart and laying out
 * its tables again costs the FX thread tens of milliseconds each time for nothing anyone sees. A
 * hidden tab catches up once, when it comes to the front.
 */
public final class InFront {

    private final Runnable show;
    private ObservableBooleanValue front;
    private boolean behind;

    /** @param show brings the tab up to date with its view model; called on the FX thread */
    public InFront(Runnable show) {
        this.show = show;
    }

    /** Until this is called the tab counts as in front, as a view shown on its own is. */
    public void follow(ObservableBooleanValue inFront) {
        front = inFront;
        inFront.addListener((obs, was, now) -> {
            if (now && behind) {
                changed();
            }
        });
    }

    /** The view model changed: shown now, or when the tab comes to the front. */
    public void changed() {
        if (front == null || front.get()) {
            behind = false;
            show.run();
        } else {
            behind = true;
        }
    }
}
