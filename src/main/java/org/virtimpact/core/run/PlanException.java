package org.virtimpact.core.run;

import java.util.List;

/** The campaign can't run as configured; each problem names the value to fix. */
public class PlanException extends Exception {

    private final List<String> problems;

    public PlanException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
