package org.virtimpact.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.virtimpact.core.bench.BenchmarkCatalog;

class MetricDirectionsTest {

    private final MetricDirections directions = new MetricDirections(BenchmarkCatalog.standard());

    @ParameterizedTest(name = "{0}/{1} in {2}: higher better {3} ({4})")
    @CsvSource({
        "dd, write_time, s, false, CATALOG",
        "dd, read_rate, MB/s, true, CATALOG",
        "ttcp, bandwidth, Mb/s, true, UNIT",
        "osdb, ir, tup/s, true, UNIT",
        "lmbench, fork, µs, false, UNIT",
        "kbuild, elapsed, sec, false, UNIT",
        "specweb, clients, score, true, UNIT",
        "custom, boot_time, x, false, METRIC_NAME",
        "custom, throughput, widgets, true, METRIC_NAME",
        "custom, quality, stars, true, ASSUMED"})
    void decidesTheDirectionFromTheCatalogThenTheUnitThenTheName(String benchmark, String metric, String unit,
                                                                  boolean higher, Direction.Basis basis) {
        assertEquals(new Direction(higher, basis), directions.of(benchmark, metric, unit));
    }

    @ParameterizedTest
    @CsvSource({"MB/s", "Mbit/s", "Mflops", "KFLOPS", "Mbps", "IOPS", "tup/s"})
    void ratesAreUnitsPerTime(String unit) {
        assertTrue(MetricDirections.isRate(unit));
    }

    @ParameterizedTest
    @CsvSource({"s", "ms", "score", "%"})
    void othersAreNotRates(String unit) {
        assertFalse(MetricDirections.isRate(unit));
    }

    @ParameterizedTest
    @CsvSource({"MB/s, 1e6", "MiB/s, 1048576", "GB/s, 1e9", "kB/s, 1e3"})
    void byteRatesKnowTheirBytes(String unit, double bytes) {
        assertEquals(bytes, MetricDirections.bytesPerSecond(unit).getAsDouble());
    }

    @ParameterizedTest
    @CsvSource({"Mb/s", "Mflops", "s"})
    void bitRatesAndOthersAreNotByteRates(String unit) {
        assertTrue(MetricDirections.bytesPerSecond(unit).isEmpty());
    }
}
