package org.virtimpact.core.preflight;

/** How one preflight check ended. Only a required check that FAILED stops a run. */
public enum CheckStatus {
    OK("ok"), WARNING("warning"), FAILED("FAILED"), SKIPPED("skipped");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** As printed in the table; FAILED in capitals so it stands out in a long one. */
    public String label() {
        return label;
    }
}
