package org.virtimpact.core.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtimpact.core.campaign.TestCase;
import org.virtimpact.core.remote.CommandResult;
import org.virtimpact.core.text.Message;

/**
 * One tool: what it measures, how to build its command line for a matrix cell, and a pure
 * parser that turns its output into measurements. The runner stays generic over these.
 */
public interface Benchmark {

    String id();

    String title();

    Device device();

    List<MetricDef> metrics();

    /** Axes and their default values, in the order the matrix editor shows them. */
    Map<String, List<String>> defaultAxes();

    /** Problems with a cell's values, each a sentence naming the value; empty when the cell can run. */
    List<Message> problems(TestCase testCase);

    /** The {@link #problems} in English, as the CLI prints them. */
    default List<String> validate(TestCase testCase) {
        return problems(testCase).stream().map(Message::english).toList();
    }

    default List<Agent> agents() {
        return List.of();
    }

    /** The agents one cell needs, so a cell never waits for (or fails on) a build it doesn't use. */
    default List<Agent> agents(TestCase testCase) {
        return agents();
    }

    /**
     * The programs one cell runs on the target, as names on its PATH or paths, so that preflight
     * can name a missing one before a run instead of failing every repetition. A cell that builds
     * agents needs the C compiler that builds them.
     */
    default List<String> requiredTools(TestCase testCase) {
        return agents(testCase).isEmpty() ? List.of() : List.of("cc");
    }

    /** The shell command for one repetition; every value in it is validated and quoted. */
    String command(TestCase testCase, RunContext context);

    /** Removes what {@link #command} may have left behind when it was stopped half-way. */
    default Optional<String> cleanupCommand(TestCase testCase, RunContext context) {
        return Optional.empty();
    }

    List<Measurement> parse(CommandResult result, TestCase testCase) throws OutputParseException;

    /**
     * Whether the tool prints its results on stderr (dd does), so that a saved log of that one
     * stream is read as such by {@code virtimpact parse} and the golden-file tests.
     */
    default boolean reportsOnStderr() {
        return false;
    }

    /** The server this cell's client needs on the environment's peer, if any. */
    default Optional<PeerService> peerService(TestCase testCase) {
        return Optional.empty();
    }

    default Optional<MetricDef> metric(String name) {
        return metrics().stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
