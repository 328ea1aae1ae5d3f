package org.virtimpact.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette, distinguishable with every common form of colour blindness and in
 * grey-scale print. Blue and orange come first because most studies compare two environments;
 * yellow comes late because it is faint on white.
 */
public final class Palette {

    public static final List<Color> OKABE_ITO = List.of(
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xD55E00), // vermillion
            new Color(0x56B4E9), // sky blue
            new Color(0xCC79A7), // reddish purple
            new Color(0xF0E442), // yellow
            new Color(0x000000)); // black

    private Palette() {
    }

    /** Colour of the environment at {@code index}; past eight environments the colours repeat. */
    public static Color colour(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }
}
