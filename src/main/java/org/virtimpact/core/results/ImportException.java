package org.virtimpact.core.results;

import java.util.List;

/** A file that could not be imported: every problem found, each naming its line. */
public class ImportException extends Exception {

    private final List<String> problems;

    public ImportException(List<String> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
