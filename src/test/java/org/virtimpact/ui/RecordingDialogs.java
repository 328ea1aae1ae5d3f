package org.virtimpact.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers the errors a view model wanted to show. */
public final class RecordingDialogs implements Dialogs {

    public record Shown(String headline, String details) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    @Override
    public void error(String headline, String details) {
        shown.add(new Shown(headline, details));
    }

    public List<Shown> shown() {
        return shown;
    }

    private final List<Shown> asked = new CopyOnWriteArrayList<>();
    private volatile boolean answer = true;

    /** What {@link #confirm} answers from now on. */
    public RecordingDialogs answering(boolean yes) {
        answer = yes;
        return this;
    }

    @Override
    public boolean confirm(String headline, String details, String yes) {
        asked.add(new Shown(headline, details));
        return answer;
    }

    public List<Shown> asked() {
        return asked;
    }
}
