package org.virtimpact.core.bench.iperf3;

import java.util.List;
import java.util.Locale;

/**
 * Turns the {@code "error"} of an iperf3 report into a sentence that says what to do. iperf3's own
 * text is kept in quotes, so a search for it (or a golden file) still finds it.
 */
final class Iperf3Errors {

    private record Hint(List<String> fragments, String advice) {
    }

    private static final List<Hint> HINTS = List.of(
            new Hint(List.of("connection refused"), "iperf3 could not connect: nothing listens on the peer's port;"
                    + " start the server there (iperf3 -s -p PORT) or check the port option"),
            new Hint(List.of("name or service not known", "temporary failure in name resolution",
                    "no address associated", "nodename nor servname"),
                    "iperf3 could not resolve the peer's host name; check the environment's peer"),
            new Hint(List.of("server is busy"), "the iperf3 server on the peer is busy with another client's test;"
                    + " run one client at a time per server, or give each client a port of its own"),
            new Hint(List.of("connection timed out", "no route to host", "network is unreachable"),
                    "iperf3 could not reach the peer; check that it is up and that no firewall blocks the port"),
            new Hint(List.of("server has terminated", "control socket has closed unexpectedly",
                    "connection reset by peer", "broken pipe"),
                    "the iperf3 server stopped or dropped the connection during the test, so its figures are"
                    + " incomplete and were not recorded"),
            new Hint(List.of("client has terminated"),
                    "the iperf3 client was interrupted before the test ended; its figures were not recorded"));

    private Iperf3Errors() {
    }

    static String explain(String error) {
        String text = error.strip().replaceAll("\\s*\\R\\s*", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        for (Hint hint : HINTS) {
            if (hint.fragments().stream().anyMatch(lower::contains)) {
                return hint.advice() + " (iperf3: \"" + text + "\")";
            }
        }
        return "iperf3 reported an error: \"" + text + "\"";
    }
}
