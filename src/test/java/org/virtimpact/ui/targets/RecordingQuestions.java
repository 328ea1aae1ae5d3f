package org.virtimpact.ui.targets;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.text.Message;

/** Answers host-key questions as a test tells it to, and remembers what it was asked. */
final class RecordingQuestions implements HostKeyQuestions {

    private final boolean accept;
    final List<ScannedHostKey> asked = new CopyOnWriteArrayList<>();
    final List<String> changed = new CopyOnWriteArrayList<>();

    RecordingQuestions(boolean accept) {
        this.accept = accept;
    }

    @Override
    public boolean trust(String environment, ScannedHostKey key) {
        asked.add(key);
        return accept;
    }

    @Override
    public void changed(String environment, Message message) {
        changed.add(message.english());
    }
}
