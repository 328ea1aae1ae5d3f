package org.virtimpact.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An exporter whose files hold one chart each, so one chart can be saved under a name of its own. */
public interface FigureWriter extends Exporter {

    void write(Figure figure, Path file) throws IOException;

    /** Every figure of the study into {@code dir}, each named by its stem followed by {@code ending}. */
    default List<Path> writeEach(Study study, Path dir, String ending) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Figure figure : study.figures()) {
            Path file = dir.resolve(figure.stem() + ending);
            write(figure, file);
            written.add(file);
        }
        return written;
    }
}
