package org.virtimpact.core.report;

/**
 * The study's verdict for a device. SIGNIFICANT: at least one cell significantly faster or slower
 * beyond the practical threshold; SMALL: significant differences, but all below the threshold;
 * NONE: no cell differs significantly; UNTESTED: no cell could be tested (published means only),
 * so only the size of the differences is reported.
 */
public enum ImpactLevel {
    SIGNIFICANT("significant impact", "impacto significativo"),
    SMALL("small impact", "impacto pequeno"),
    NONE("no significant impact", "sem impacto significativo"),
    UNTESTED("not tested", "não testado");

    private final String english;
    private final String portuguese;

    ImpactLevel(String english, String portuguese) {
        this.english = english;
        this.portuguese = portuguese;
    }

    public String english() {
        return english;
    }

    public String portuguese() {
        return portuguese;
    }
}
