package org.virtimpact.ui.campaign;

import java.time.Duration;
import org.virtimpact.ui.Texts;

/** A duration as a person plans with it: "45 s", "12 min", "2 h 10 min", "3 d 4 h". */
final class DurationText {

    private DurationText() {
    }

    static String format(Duration d, Texts texts) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return texts.get("duration.seconds", Math.max(1, seconds));
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return texts.get("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return minutes % 60 == 0 ? texts.get("duration.hours", hours)
                    : texts.get("duration.hoursMinutes", hours, minutes % 60);
        }
        return hours % 24 == 0 ? texts.get("duration.days", hours / 24)
                : texts.get("duration.daysHours", hours / 24, hours % 24);
    }
}
