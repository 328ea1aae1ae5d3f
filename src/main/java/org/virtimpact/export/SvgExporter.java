package org.virtimpact.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** One SVG per figure. JFreeSVG writes strings as {@code <text>}, so labels stay searchable and editable. */
final class SvgExporter implements FigureWriter {

    private final FigurePainter painter;

    SvgExporter(FigurePainter painter) {
        this.painter = painter;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public List<Path> write(Study study, Path dir) throws IOException {
        return writeEach(study, dir, ".svg");
    }

    @Override
    public void write(Figure figure, Path file) throws IOException {
        int width = painter.options().width();
        int height = painter.options().height();
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        painter.paint(figure, g2);
        // A viewBox lets a slide program or \includesvg scale the figure instead of cropping it.
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        // No DOCTYPE (SVG 2 has none): an XML parser would otherwise try to fetch the SVG 1.1 DTD from the web.
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n",
                StandardCharsets.UTF_8);
    }
}
