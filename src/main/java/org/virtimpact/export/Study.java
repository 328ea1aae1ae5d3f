package org.virtimpact.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.virtimpact.core.report.ImpactTable;
import org.virtimpact.core.text.Message;
import org.virtimpact.core.text.Words;

/**
 * Everything an export writes about one campaign, computed once so every format tells the same
 * story: the figures, the summary tables and the impact table.
 *
 * @param fileStem     file-name-safe campaign name, for the deck's file
 * @param environments with results, in campaign order
 * @param confidence   level of every interval in the figures and tables
 * @param firstRun     date of the earliest run; empty for published summaries only
 */
public record Study(String campaign, String description, String fileStem, List<StudyEnvironment> environments,
                    String baseline, double confidence, Optional<LocalDate> firstRun, Optional<LocalDate> lastRun,
                    LocalDate exported, List<Figure> figures, List<SummaryTable> tables, ImpactTable impact) {

    public Study {
        Objects.requireNonNull(campaign, "campaign");
        description = description == null ? "" : description;
        environments = List.copyOf(environments);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        Objects.requireNonNull(impact, "impact");
    }

    /** "measured 2025-05-01 to 2025-05-03", or the export date when nothing was measured here. */
    public String dates() {
        return dates(Words.english());
    }

    /** The dates in {@code words}' language: "medido de 01/05/2025 a 03/05/2025". */
    public String dates(Words words) {
        if (firstRun.isEmpty() || lastRun.isEmpty()) {
            return words.text(Message.of("study.dates.published", "published results, exported {0}",
                    words.date(exported)));
        }
        return firstRun.get().equals(lastRun.get())
                ? words.text(Message.of("study.dates.day", "measured {0}", words.date(firstRun.get())))
                : words.text(Message.of("study.dates.range", "measured {0} to {1}", words.date(firstRun.get()),
                        words.date(lastRun.get())));
    }

    public Optional<StudyEnvironment> environment(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * One environment as a figure names it.
     *
     * @param mode   as declared in the campaign ("Xen PV", "native"); empty when unknown
     * @param colour its position in the campaign, the palette index every chart uses
     */
    public record StudyEnvironment(String name, String mode, int colour) {

        public StudyEnvironment {
            Objects.requireNonNull(name, "name");
            mode = mode == null ? "" : mode;
        }

        /** "Xen PV guest (Xen PV)" reads badly, so the mode is added only when the name lacks it. */
        public String label() {
            return mode.isBlank() || name.toLowerCase(Locale.ROOT).contains(mode.toLowerCase(Locale.ROOT)) ? name : name + " (" + mode + ")";
        }
    }
}
