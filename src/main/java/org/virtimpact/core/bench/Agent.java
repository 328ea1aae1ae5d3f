package org.virtimpact.core.bench;

/**
 * One of the project's own C programs: uploaded to the target and compiled there once per
 * environment, so it is built by the guest's own compiler for the guest's own CPU.
 *
 * @param resource classpath location of the C source
 */
public record Agent(String name, String resource, String compilerFlags) {
}
