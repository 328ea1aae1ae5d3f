package org.virtimpact.core.bench.netperf;

/** One line of netperf's output with its 1-based number, so errors can point at it. */
record Line(int number, String text) {
}
