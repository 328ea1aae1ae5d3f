package org.virtimpact.core.results;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a results file that holds no quote character, which is every file a run
 * writes unless a label contains a comma or a quote. Such a file needs no CSV state machine: a
 * row is its line split at commas. Rows of one repetition repeat most fields, so a field equal
 * to the one above is reused instead of copied, and the rows of one cell share one axes map.
 * This is what makes a million-row file load in about a second; {@link CsvResults} falls back to
 * Commons CSV for anything else.
 */
final class FastCsvRows {

    private static final int RUN_ID = 0;
    private static final int TIMESTAMP = 1;
    private static final int VALUE = 6;
    private static final int REPETITION = 8;

    private FastCsvRows() {
    }

    static List<Sample> parse(Path file, String text, int start, List<String> header) throws ResultsException {
        int columns = header.size();
        int fixed = CsvResults.FIXED.size();
        List<String> axes = header.subList(fixed, columns);
        String[] previous = new String[columns];
        int[] cuts = new int[columns + 1];
        Instant timestamp = null;
        SharedAxes shared = null;
        Map<List<String>, SharedAxes> axesByValues = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        int line = 1;
        for (int pos = start; pos < text.length(); ) {
            line++;
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            int stop = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int fields = split(text, pos, stop, cuts);
            if (fields != columns) {
                throw new ResultsException(CsvResults.fieldCount(file.getFileName().toString(),
                        Integer.toString(line), fields, columns));
            }
            boolean sameAxes = shared != null;
            for (int i = 0; i < columns; i++) {
                int a = cuts[i];
                int b = cuts[i + 1] - 1;
                String old = previous[i];
                if (old == null || old.length() != b - a || !text.regionMatches(a, old, 0, b - a)) {
                    previous[i] = text.substring(a, b);
                    if (i == TIMESTAMP) {
                        timestamp = null;
                    }
                    sameAxes &= i < fixed;
                }
            }
            try {
                if (timestamp == null) {
                    timestamp = Instant.parse(previous[TIMESTAMP]);
                }
                if (!sameAxes) {
                    List<String> values = List.of(previous).subList(fixed, columns);
                    shared = axesByValues.computeIfAbsent(values, v -> axesOf(axes, v));
                }
                samples.add(new Sample(previous[RUN_ID], timestamp, previous[2], previous[3], previous[4], previous[5],
                        Double.parseDouble(previous[VALUE]), previous[7], Integer.parseInt(previous[REPETITION]),
                        previous[9], shared));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new ResultsException(CsvResults.badLine(file.getFileName().toString(), Integer.toString(line),
                        e));
            }
            pos = end + 1;
        }
        return samples;
    }

    /** Field starts in cuts[0..n-1] and one past each field's comma in cuts[i+1]; returns n. */
    private static int split(String text, int from, int to, int[] cuts) {
        int n = 0;
        cuts[0] = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                if (++n >= cuts.length - 1) {
                    return n + 1 + count(text, i + 1, to);
                }
                cuts[n] = i + 1;
            }
        }
        cuts[n + 1] = to + 1;
        return n + 1;
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += text.charAt(i) == ',' ? 1 : 0;
        }
        return n;
    }

    private static SharedAxes axesOf(List<String> axes, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            map.put(axes.get(i), values.get(i));
        }
        return new SharedAxes(map);
    }
}
