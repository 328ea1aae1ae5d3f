package org.virtimpact.core.bench;

/**
 * A server that a network benchmark's client talks to on the environment's peer (netserver,
 * {@code iperf3 -s}). When the peer is an environment of the campaign, the runner starts it there
 * with {@code start} before the first run that needs it and stops it with {@code stop} afterwards.
 *
 * @param name  tool name for messages, e.g. "netserver"
 * @param port  TCP port it listens on
 * @param start shell command that starts it in the background, leaving a pid file for {@code stop}
 * @param stop  shell command that stops exactly what {@code start} started
 */
public record PeerService(String name, int port, String start, String stop) {
}
