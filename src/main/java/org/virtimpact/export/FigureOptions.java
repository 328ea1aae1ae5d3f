package org.virtimpact.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * How figures are drawn. The chart is laid out at {@code width × height} (the slide theme's
 * sizes are pixels at that size) and rasterised at {@code scale} times that, so a 2× PNG for a
 * HiDPI projector has the same layout as the 1× one, only sharper.
 *
 * @param caption whether a caption (runs, confidence, tools, environments, date) goes under each figure
 */
public record FigureOptions(int width, int height, double scale, boolean caption) {

    public static final int SLIDE_WIDTH = 1920;
    public static final int SLIDE_HEIGHT = 1080;
    private static final int MAX_SIDE = 10_000;
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,5})\\s*[x×X]\\s*(\\d{1,5})\\s*");

    public FigureOptions {
        if (width < 100 || height < 100 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidValueException(Message.of("figure.size.range", "size must be between 100 and {0} pixels"
                    + " a side, not {1}x{2}", Integer.toString(MAX_SIDE), Integer.toString(width),
                    Integer.toString(height)));
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new InvalidValueException(Message.of("figure.scale.range", "scale must be between 0.5 and 4, not {0}",
                    Double.toString(scale)));
        }
        if ((long) Math.round(width * scale) * Math.round(height * scale) > 100_000_000L) {
            throw new InvalidValueException(Message.of("figure.tooLarge",
                    "size × scale makes an image of over 100 megapixels"));
        }
    }

    /** A 1920×1080 slide at 1×, without caption. */
    public static FigureOptions slides() {
        return new FigureOptions(SLIDE_WIDTH, SLIDE_HEIGHT, 1, false);
    }

    public FigureOptions withSize(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException(Message.of("figure.size.format",
                    "size ''{0}'' is not WIDTHxHEIGHT, e.g. 1920x1080", text));
        }
        return new FigureOptions(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), scale, caption);
    }

    public FigureOptions withScale(double newScale) {
        return new FigureOptions(width, height, newScale, caption);
    }

    public FigureOptions withCaption(boolean newCaption) {
        return new FigureOptions(width, height, scale, newCaption);
    }

    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }
}
