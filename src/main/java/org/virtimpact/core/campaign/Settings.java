package org.virtimpact.core.campaign;

/** Campaign-wide run settings. */
public record Settings(int repetitions, int commandTimeoutSeconds) {

    public static final int DEFAULT_REPETITIONS = 10;
    public static final int DEFAULT_COMMAND_TIMEOUT_SECONDS = 1800;

    public Settings {
        if (repetitions == 0) {
            repetitions = DEFAULT_REPETITIONS;
        }
        if (repetitions < 1 || repetitions > 10_000) {
            throw new IllegalArgumentException("repetitions must be between 1 and 10000, not " + repetitions);
        }
        if (commandTimeoutSeconds == 0) {
            commandTimeoutSeconds = DEFAULT_COMMAND_TIMEOUT_SECONDS;
        }
        if (commandTimeoutSeconds < 1) {
            throw new IllegalArgumentException("command timeout must be positive, not " + commandTimeoutSeconds);
        }
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_REPETITIONS, DEFAULT_COMMAND_TIMEOUT_SECONDS);
    }
}
