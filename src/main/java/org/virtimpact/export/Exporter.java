package org.virtimpact.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a study in one format. {@link Exporters} picks the one for each format asked for. */
public interface Exporter {

    ExportFormat format();

    /** Writes this format's files for {@code study} into {@code dir} (which exists) and returns them. */
    List<Path> write(Study study, Path dir) throws IOException;
}
