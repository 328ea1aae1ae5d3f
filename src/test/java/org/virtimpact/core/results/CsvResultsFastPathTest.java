package org.virtimpact.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split-at-commas path must read exactly what Commons CSV reads. */
class CsvResultsFastPathTest {

    private static final String HEADER = String.join(",", CsvResults.FIXED) + ",size,block\n";
    private static final String ROWS = "r1,2026-01-01T00:00:00Z,xen pv,Disk,dd,write_rate,101.5,MB/s,1,ok,8M,512\n"
            + "r1,2026-01-01T00:00:00Z,xen pv,Disk,dd,write_time,0.25,s,1,ok,8M,512\n"
            + "r2,2026-01-01T00:00:01Z,xen pv,Disk,dd,write_rate,99,MB/s,2,ok,8M,\n";

    @TempDir
    Path dir;

    private List<Sample> read(String text) throws Exception {
        Path f = dir.resolve("results.csv");
        Files.writeString(f, text);
        return new CsvResults().read(f).samples();
    }

    @Test
    void readsTheSameSamplesAsTheQuotedPath() throws Exception {
        // one quoted field sends the whole file through Commons CSV
        List<Sample> quoted = read(HEADER + ROWS.replace("r2,", "\"r2\","));

        assertEquals(quoted, read(HEADER + ROWS));
    }

    @Test
    void anEmptyAxisValueMeansNoSuchAxis() throws Exception {
        assertEquals(Map.of("size", "8M"), read(HEADER + ROWS).get(2).axes());
    }

    @Test
    void rowsOfOneCellShareOneAxesMap() throws Exception {
        List<Sample> s = read(HEADER + ROWS);

        assertSame(s.get(0).axes(), s.get(1).axes());
    }

    /** Its hash is kept, for grouping a million rows: it must be any equal map's, empty axes left out. */
    @Test
    void aSharedAxesMapHashesAndComparesAsAnyMapWithItsAxes() throws Exception {
        List<Sample> s = read(HEADER + ROWS);

        assertEquals(Map.of("size", "8M", "block", "512").hashCode(), s.get(0).axes().hashCode());
        assertEquals(Map.of("size", "8M").hashCode(), s.get(2).axes().hashCode());
        assertEquals(Map.of("size", "8M"), s.get(2).axes());
        assertEquals(s.get(2).axes(), Map.of("size", "8M"));
    }

    @Test
    void windowsLineEndingsAreRead() throws Exception {
        assertEquals(read(HEADER + ROWS), read((HEADER + ROWS).replace("\n", "\r\n")));
    }

    @Test
    void aRowWithTheWrongFieldCountIsNamedByLine() {
        ResultsException e = assertThrows(ResultsException.class,
                () -> read(HEADER + ROWS + "r3,2026-01-01T00:00:02Z,xen,Disk,dd,write_rate,1,MB/s,3,ok,8M,512,x\n"));

        assertEquals("results.csv line 5 has 13 fields; the header has 12", e.getMessage());
    }

    @Test
    void aBadNumberIsNamedByLine() {
        ResultsException e = assertThrows(ResultsException.class,
                () -> read(HEADER + ROWS.replace("101.5", "1O1.5")));

        assertEquals("results.csv line 2: For input string: \"1O1.5\"", e.getMessage());
    }
}
