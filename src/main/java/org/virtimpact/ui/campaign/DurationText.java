package org.virtimpact.ui.campaign;

import java.time.Duration;

/** A duration as a person plans with it: "45 s", "12 min", "2 h 10 min", "3 d 4 h". */
final class DurationText {

    private DurationText() {
    }

    static String format(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return Math.max(1, seconds) + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
