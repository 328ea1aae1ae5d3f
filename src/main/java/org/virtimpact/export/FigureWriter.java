package org.virtimpact.export;

import java.io.IOException;
import java.nio.file.Path;

/** An exporter whose files hold one chart each, so one chart can be saved under a name of its own. */
public interface FigureWriter extends Exporter {

    void write(Figure figure, Path file) throws IOException;
}
