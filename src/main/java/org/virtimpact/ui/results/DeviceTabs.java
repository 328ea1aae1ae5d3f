package org.virtimpact.ui.results;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The device tabs of the results, one per device in the report. A tab is created the first time
 * its device appears and kept afterwards, so a new report never resets the metric or the view a
 * person chose in it.
 */
final class DeviceTabs {

    private final ObservableList<DeviceResultsViewModel> devices = FXCollections.observableArrayList();
    // Kept in a field: an unmodifiable wrapper listens only weakly to its list.
    private final ObservableList<DeviceResultsViewModel> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final Function<String, DeviceResultsViewModel> create;

    /** @param create makes the tab of a device */
    DeviceTabs(Function<String, DeviceResultsViewModel> create) {
        this.create = create;
    }

    ObservableList<DeviceResultsViewModel> view() {
        return devicesView;
    }

    void clear() {
        devices.clear();
    }

    /** @param menus each device's metrics, in the order the tabs stand */
    void update(Map<String, List<MetricOption>> menus, Function<List<MetricOption>, TabData> data) {
        int index = 0;
        for (Map.Entry<String, List<MetricOption>> entry : menus.entrySet()) {
            tabFor(entry.getKey(), index).update(data.apply(entry.getValue()));
            index++;
        }
    }

    private DeviceResultsViewModel tabFor(String device, int index) {
        for (DeviceResultsViewModel existing : devices) {
            if (existing.device().equals(device)) {
                return existing;
            }
        }
        DeviceResultsViewModel created = create.apply(device);
        devices.add(Math.min(index, devices.size()), created);
        return created;
    }
}
