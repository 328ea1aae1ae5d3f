package org.virtimpact.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** One PNG per figure; a scaled export says so in its name ({@code disk-dd-write-rate@2x.png}). */
final class PngExporter implements FigureWriter {

    private final FigurePainter painter;

    PngExporter(FigurePainter painter) {
        this.painter = painter;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        double scale = painter.options().scale();
        String suffix = scale == 1 ? "" : "@" + (scale == Math.rint(scale) ? Integer.toString((int) scale)
                : Double.toString(scale)) + "x";
        return writeEach(study, dir, suffix + ".png");
    }

    @Override
    public void write(Figure figure, Path file) throws IOException {
        if (!ImageIO.write(painter.image(figure), "png", file.toFile())) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }
}
