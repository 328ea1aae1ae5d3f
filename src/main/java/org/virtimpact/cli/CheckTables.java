package org.virtimpact.cli;

import java.io.PrintWriter;
import java.util.List;
import org.virtimpact.core.preflight.CheckRow;
import org.virtimpact.core.preflight.CheckTable;
import org.virtimpact.core.preflight.PreflightReport;

/** Prints preflight tables as aligned text: one block per table, what to do under each problem. */
final class CheckTables {

    private static final int STATUS_WIDTH = 7;

    private CheckTables() {
    }

    static void printAll(PrintWriter out, PreflightReport report) {
        int width = nameWidth(report.tables());
        for (CheckTable table : report.tables()) {
            out.println(heading(table));
            table.rows().forEach(row -> printRow(out, row, width));
            out.println();
        }
    }

    /** Only the rows that stop a run, each under its environment's name. */
    static void printBlocking(PrintWriter out, PreflightReport report) {
        int width = nameWidth(report.tables());
        for (CheckTable table : report.tables()) {
            if (!table.blocking().isEmpty()) {
                out.println(heading(table));
                table.blocking().forEach(row -> printRow(out, row, width));
            }
        }
    }

    private static String heading(CheckTable table) {
        return table.name() + (table.target().isEmpty() || table.target().equals(table.name()) ? ""
                : " (" + table.target() + ")");
    }

    private static void printRow(PrintWriter out, CheckRow row, int width) {
        String indent = "  ";
        out.println(indent + pad(row.name(), width) + "  " + pad(row.status().label(), STATUS_WIDTH) + "  "
                + row.detail());
        if (!row.fix().isEmpty()) {
            out.println(indent + " ".repeat(width + STATUS_WIDTH + 4) + "what to do: " + row.fix());
        }
    }

    private static int nameWidth(List<CheckTable> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.name().length()).max().orElse(5);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
