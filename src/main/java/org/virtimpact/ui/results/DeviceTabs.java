package org.virtimpact.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtimpact.core.bench.Device;
import org.virtimpact.ui.ListEdits;

/**
 * The device tabs of the results: one per device the campaign's matrix measures, and one per
 * device in the report (results of benchmarks since removed from the matrix). A tab is created the
 * first time its device appears and kept while it is planned or has results, so a new report never
 * resets the metric or the view a person chose in it, and a run's first results fill a tab that is
 * already built rather than building one while the run goes on.
 */
final class DeviceTabs {

    /** Network, Disk, Memory, CPU, then others by name: the order of the 2008 study's tables. */
    static final Comparator<String> ORDER = Comparator.comparingInt((String d) -> Device.fromText(d).ordinal())
            .thenComparing(d -> d);

    private final ObservableList<DeviceResultsViewModel> devices = FXCollections.observableArrayList();
    // Kept in a field: an unmodifiable wrapper listens only weakly to its list.
    private final ObservableList<DeviceResultsViewModel> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final Function<String, DeviceResultsViewModel> create;
    private Set<String> planned = Set.of();
    private Set<String> reported = Set.of();

    /** @param create makes the tab of a device */
    DeviceTabs(Function<String, DeviceResultsViewModel> create) {
        this.create = create;
    }

    ObservableList<DeviceResultsViewModel> view() {
        return devicesView;
    }

    void clear() {
        planned = Set.of();
        reported = Set.of();
        devices.clear();
    }

    /** @param devices the devices the campaign's matrix measures */
    void plan(Set<String> devices) {
        planned = Set.copyOf(devices);
        arrange();
    }

    /** @param menus each device's metrics, in the order the tabs stand */
    void update(Map<String, List<MetricOption>> menus, Function<List<MetricOption>, TabData> data) {
        reported = Set.copyOf(menus.keySet());
        arrange();
        menus.forEach((device, options) -> tabFor(device).update(data.apply(options)));
    }

    private void arrange() {
        Set<String> wanted = new LinkedHashSet<>(planned);
        wanted.addAll(reported);
        List<DeviceResultsViewModel> target = new ArrayList<>();
        for (String device : wanted.stream().sorted(ORDER).toList()) {
            target.add(devices.stream().filter(d -> d.device().equals(device)).findFirst()
                    .orElseGet(() -> create.apply(device)));
        }
        ListEdits.become(devices, target);
    }

    private DeviceResultsViewModel tabFor(String device) {
        return devices.stream().filter(d -> d.device().equals(device)).findFirst().orElseThrow();
    }
}
