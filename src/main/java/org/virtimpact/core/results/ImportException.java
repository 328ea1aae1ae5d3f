package org.virtimpact.core.results;

import java.util.List;
import org.virtimpact.core.text.Explained;
import org.virtimpact.core.text.Message;

/** A file that could not be imported: every problem found, each naming its line. */
public class ImportException extends Exception implements Explained {

    private final transient List<Message> explanations;

    public ImportException(List<String> problems) {
        this(problems.stream().map(Message::verbatim).toList(), true);
    }

    private ImportException(List<Message> explanations, boolean explained) {
        super(summary(explanations).english());
        this.explanations = List.copyOf(explanations);
    }

    /** Problems a person can read in their own language. */
    public static ImportException of(List<Message> problems) {
        return new ImportException(problems, true);
    }

    /** The problems' English, as the CLI prints them. */
    public List<String> problems() {
        return explanations.stream().map(Message::english).toList();
    }

    public List<Message> explanations() {
        return explanations;
    }

    @Override
    public Message explanation() {
        return summary(explanations);
    }

    private static Message summary(List<Message> problems) {
        return Message.of("import.problems", "{0} problem(s), first: {1}", Integer.toString(problems.size()),
                problems.get(0));
    }
}
