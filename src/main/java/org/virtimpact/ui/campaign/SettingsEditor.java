package org.virtimpact.ui.campaign;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.virtimpact.core.campaign.Settings;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * How often each cell runs: repetitions, warm-ups before them, and the order of the runs. The
 * numbers are kept as typed and counted at once (the totals follow every key stroke); they join
 * the draft, where Undo finds them, on Enter or when the field is left.
 */
public final class SettingsEditor {

    private final StringProperty repetitions = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper repetitionsProblem = new ReadOnlyStringWrapper("");
    private final StringProperty warmups = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper warmupsProblem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Settings.Order> order = new SimpleObjectProperty<>(Settings.Order.RANDOMIZED);

    private final CampaignDraft draft;
    private final Texts texts;
    private boolean showing;

    /** @param typed told whenever a typed number changes, so the totals can follow */
    SettingsEditor(CampaignDraft draft, Texts texts, Runnable typed) {
        this.draft = draft;
        this.texts = texts;
        repetitions.addListener((obs, old, text) -> {
            repetitionsProblem.set(parse(text, 1, MAX_REPETITIONS).isPresent() ? ""
                    : texts.get("matrix.repetitions.invalid", strip(text)));
            typed.run();
        });
        warmups.addListener((obs, old, text) -> {
            warmupsProblem.set(parse(text, 0, MAX_WARMUPS).isPresent() ? ""
                    : texts.get("matrix.warmups.invalid", strip(text)));
            typed.run();
        });
        order.addListener((obs, old, now) -> {
            if (!showing && now != null) {
                draft.apply(texts.get("matrix.undo.order", texts.get("matrix.order." + now.name())),
                        c -> c.withSettings(c.settings().withOrder(now, c.settings().seed())));
            }
        });
    }

    static final int MAX_REPETITIONS = 10_000;
    static final int MAX_WARMUPS = 100;

    public static List<Settings.Order> orders() {
        return List.of(Settings.Order.values());
    }

    public StringProperty repetitionsProperty() {
        return repetitions;
    }

    public ReadOnlyStringProperty repetitionsProblemProperty() {
        return repetitionsProblem.getReadOnlyProperty();
    }

    public StringProperty warmupsProperty() {
        return warmups;
    }

    public ReadOnlyStringProperty warmupsProblemProperty() {
        return warmupsProblem.getReadOnlyProperty();
    }

    /** Randomized (interleaved rounds, from a recorded seed) or sequential, as the 2008 study ran. */
    public ObjectProperty<Settings.Order> orderProperty() {
        return order;
    }

    /** Settings reads 0 repetitions as "the default", so a typed 0 is refused here rather than made 10. */
    public boolean commitRepetitions() {
        Optional<Integer> n = parse(repetitions.get(), 1, MAX_REPETITIONS);
        return n.isPresent() && draft.apply(texts.get("matrix.undo.repetitions", n.get()),
                c -> c.withSettings(c.settings().withRepetitions(n.get()))).isEmpty();
    }

    public boolean commitWarmups() {
        Optional<Integer> n = parse(warmups.get(), 0, MAX_WARMUPS);
        return n.isPresent() && draft.apply(texts.get("matrix.undo.warmups", n.get()),
                c -> c.withSettings(c.settings().withWarmups(n.get()))).isEmpty();
    }

    /** The settings as typed so far, for counting; what can't be read counts as in the draft. */
    Settings typed(Settings draftSettings) {
        return draftSettings.withRepetitions(parse(repetitions.get(), 1, MAX_REPETITIONS)
                        .orElse(draftSettings.repetitions()))
                .withWarmups(parse(warmups.get(), 0, MAX_WARMUPS).orElse(draftSettings.warmups()));
    }

    /** The draft changed: show its settings, unless the field already says the same. */
    void show(OpenCampaign open) {
        Settings s = open.campaign().settings();
        showing = true;
        try {
            if (!parse(repetitions.get(), 1, MAX_REPETITIONS).equals(Optional.of(s.repetitions()))) {
                repetitions.set(Integer.toString(s.repetitions()));
            }
            if (!parse(warmups.get(), 0, MAX_WARMUPS).equals(Optional.of(s.warmups()))) {
                warmups.set(Integer.toString(s.warmups()));
            }
            order.set(s.order());
        } finally {
            showing = false;
        }
    }

    private static Optional<Integer> parse(String text, int min, int max) {
        String t = strip(text);
        if (!t.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(t);
        return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
