package org.virtimpact.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.campaign.Campaign;
import org.virtimpact.core.campaign.Conclusion;
import org.virtimpact.core.campaign.DeviceConclusion;
import org.virtimpact.core.report.Conclusions;
import org.virtimpact.core.report.ImpactRow;
import org.virtimpact.core.report.Report;
import org.virtimpact.ui.ListEdits;
import org.virtimpact.ui.OpenCampaign;
import org.virtimpact.ui.Texts;

/**
 * The Conclusions tab: the impact table of the current report, the selected row's sentences in
 * English and Portuguese for the researcher to rewrite, and free-text conclusions per device.
 * Everything is saved in {@code campaign.json} through the {@link CampaignEditor}; the rows come
 * back with the next report, so a saved edit shows as edited and, once the data change, as stale.
 */
public final class ImpactViewModel {

    private final ObservableList<ImpactRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ImpactRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> devices = FXCollections.observableArrayList();
    private final ObservableList<String> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ReadOnlyStringWrapper otherBaselines = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper deviceDirty = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ImpactRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<String> device = new SimpleObjectProperty<>();
    private final StringProperty deviceText = new SimpleStringProperty("");
    private final SentenceEditor english = new SentenceEditor(ImpactRow.ENGLISH);
    private final SentenceEditor portuguese = new SentenceEditor(ImpactRow.PORTUGUESE);

    private final CampaignEditor editor;
    private final Conclusions conclusions;
    private final ObservableValue<OpenCampaign> campaign;
    private final ObservableValue<Report> report;
    private final Texts texts;
    private String deviceLoaded = "";

    public ImpactViewModel(CampaignEditor editor, Conclusions conclusions, ObservableValue<OpenCampaign> campaign,
                           ObservableValue<Report> report, Texts texts) {
        this.editor = editor;
        this.conclusions = conclusions;
        this.campaign = campaign;
        this.report = report;
        this.texts = texts;
        selected.addListener((obs, old, now) -> {
            boolean same = sameRow(old, now);
            english.load(now, same);
            portuguese.load(now, same);
            if (now != null) {
                device.set(now.device());
            }
        });
        device.addListener((obs, old, now) -> loadDeviceText(false));
        deviceText.addListener((obs, old, now) -> deviceDirty.set(!deviceLoaded.equals(now)));
        // Told that the report changed, not asked whether it did: a change listener compares every
        // new report with the last, cell by cell, on the FX thread, and the first such comparison in
        // a run also links the equals Java generates for each of the report's records.
        report.addListener((Observable o) -> showReport(report.getValue()));
        campaign.addListener((obs, old, now) -> {
            loadDeviceText(true);
            otherBaselines.set(otherBaselinesNote());
        });
        showReport(report.getValue());
    }

    /** One row per device and environment against the baseline, in the report's order. */
    public ObservableList<ImpactRow> rows() {
        return rowsView;
    }

    /** Devices with results: the choices of the per-device conclusions. */
    public ObservableList<String> devices() {
        return devicesView;
    }

    /** Says when sentences were written against another baseline, which this table does not show. */
    public ReadOnlyStringProperty otherBaselinesProperty() {
        return otherBaselines.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deviceDirtyProperty() {
        return deviceDirty.getReadOnlyProperty();
    }

    public ObjectProperty<ImpactRow> selectedProperty() {
        return selected;
    }

    public SentenceEditor english() {
        return english;
    }

    public SentenceEditor portuguese() {
        return portuguese;
    }

    /** The device whose conclusions are being written. */
    public ObjectProperty<String> deviceProperty() {
        return device;
    }

    public StringProperty deviceTextProperty() {
        return deviceText;
    }

    /** Saves the sentence as typed; an empty text goes back to the draft. */
    public void save(SentenceEditor sentence) {
        ImpactRow row = selected.get();
        OpenCampaign open = campaign.getValue();
        if (row == null || open == null) {
            return;
        }
        String text = sentence.textProperty().get().strip();
        if (text.isEmpty()) {
            revert(sentence);
            return;
        }
        editor.change(open.dir(), texts.get("impact.what"), c -> conclusions.edit(c, row, sentence.language(), text));
    }

    /** Drops the researcher's sentence: the row shows its draft again. */
    public void revert(SentenceEditor sentence) {
        ImpactRow row = selected.get();
        OpenCampaign open = campaign.getValue();
        if (row != null && open != null) {
            sentence.textProperty().set(row.draft(sentence.language()));
            editor.change(open.dir(), texts.get("impact.what"), c -> conclusions.revert(c, row, sentence.language()));
        }
    }

    public void saveDeviceConclusion() {
        String chosen = device.get();
        OpenCampaign open = campaign.getValue();
        if (chosen == null || open == null) {
            return;
        }
        String text = deviceText.get().strip();
        editor.change(open.dir(), texts.get("impact.device.what", chosen), c -> withDeviceText(c, chosen, text));
    }

    private static Campaign withDeviceText(Campaign c, String device, String text) {
        List<DeviceConclusion> kept = new ArrayList<>(c.deviceConclusions().stream()
                .filter(d -> !d.device().equals(device)).toList());
        if (!text.isEmpty()) {
            kept.add(new DeviceConclusion(device, text));
        }
        return c.withDeviceConclusions(kept);
    }

    private void showReport(Report now) {
        ImpactRow before = selected.get();
        List<ImpactRow> fresh = now == null ? List.of() : now.impact().rows();
        ListEdits.replace(rows, fresh);
        ListEdits.become(devices, now == null ? List.of() : now.devices());
        Optional<ImpactRow> again = fresh.stream().filter(r -> sameRow(before, r)).findFirst();
        selected.set(again.orElse(fresh.isEmpty() ? null : fresh.get(0)));
        if (device.get() == null || !devices.contains(device.get())) {
            device.set(devices.isEmpty() ? null : devices.get(0));
        }
        otherBaselines.set(otherBaselinesNote());
    }

    private void loadDeviceText(boolean sameDevice) {
        OpenCampaign open = campaign.getValue();
        String saved = open == null || device.get() == null ? "" : open.campaign().deviceConclusion(device.get());
        boolean keepTyping = sameDevice && deviceDirty.get();
        deviceLoaded = saved;
        if (keepTyping) {
            deviceDirty.set(!saved.equals(deviceText.get()));
        } else {
            deviceText.set(saved);
            deviceDirty.set(false);
        }
    }

    private String otherBaselinesNote() {
        OpenCampaign open = campaign.getValue();
        Report now = report.getValue();
        if (open == null || now == null) {
            return "";
        }
        List<String> others = open.campaign().conclusions().stream().map(Conclusion::baseline)
                .filter(b -> !b.equals(now.baseline())).distinct().toList();
        long count = open.campaign().conclusions().stream().filter(c -> others.contains(c.baseline())).count();
        return others.isEmpty() ? "" : texts.get("impact.otherBaselines", count, String.join(", ", others));
    }

    private static boolean sameRow(ImpactRow a, ImpactRow b) {
        return a != null && b != null && a.device().equals(b.device()) && a.environment().equals(b.environment())
                && Objects.equals(a.baseline(), b.baseline());
    }
}
