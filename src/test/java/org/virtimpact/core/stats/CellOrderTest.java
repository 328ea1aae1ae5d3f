package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellOrderTest {

    @Test
    void sizesSortByMagnitudeNotText() {
        List<Map<String, String>> cells = new ArrayList<>(List.of(Map.of("size", "1G"), Map.of("size", "32M"),
                Map.of("size", "8M"), Map.of("size", "512M")));

        cells.sort(new CellOrder());

        assertEquals(List.of("8M", "32M", "512M", "1G"), cells.stream().map(c -> c.get("size")).toList());
    }

    @Test
    void laterAxesBreakTiesAndTextSortsAfterNumbers() {
        List<Map<String, String>> cells = new ArrayList<>(List.of(
                Map.of("test", "UDP_STREAM", "message", "512"), Map.of("test", "TCP_STREAM", "message", "512K"),
                Map.of("test", "TCP_STREAM", "message", "512")));

        cells.sort(new CellOrder());

        assertEquals(List.of(Map.of("test", "TCP_STREAM", "message", "512"),
                Map.of("test", "UDP_STREAM", "message", "512"), Map.of("test", "TCP_STREAM", "message", "512K")),
                cells);
    }
}
