package org.virtimpact.core.bench;

/** The part of the machine a benchmark stresses; results are grouped by it, as in the 2008 study. */
public enum Device {
    NETWORK("Network"), DISK("Disk"), MEMORY("Memory"), CPU("CPU"), OTHER("Other");

    private final String title;

    Device(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Device fromText(String text) {
        for (Device d : values()) {
            if (d.name().equalsIgnoreCase(text) || d.title.equalsIgnoreCase(text)) {
                return d;
            }
        }
        return OTHER;
    }
}
