package org.virtimpact.core.run;

import java.util.List;
import org.virtimpact.core.text.Message;

/** The campaign can't run as configured; each problem names the value to fix. */
public class PlanException extends Exception {

    private final transient List<Message> explanations;
    private final List<String> problems;

    public PlanException(List<Message> problems) {
        super(String.join("\n", problems.stream().map(Message::english).toList()));
        this.explanations = List.copyOf(problems);
        this.problems = problems.stream().map(Message::english).toList();
    }

    /** The problems in English, as the CLI prints them. */
    public List<String> problems() {
        return problems;
    }

    /** The same problems, for a screen to put in the person's language. */
    public List<Message> explanations() {
        // transient: a deserialised copy has only its English
        return explanations != null ? explanations : problems.stream().map(Message::verbatim).toList();
    }
}
