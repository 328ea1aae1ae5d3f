package org.virtimpact.core.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * Campaign-wide run settings.
 *
 * @param order             randomized: repetitions interleaved across environments and cells in
 *                          rounds shuffled from {@code seed}; sequential: environment, then cell, then
 *                          repetition, as the 2008 study ran them
 * @param seed              the seed of the randomized order; 0 until the first run chooses one and
 *                          records it, so the order can be told again from campaign.json
 * @param warmups           runs per cell and environment before its first measured repetition of a
 *                          run; kept in raw/ and results.csv with status {@code warmup}, never counted
 * @param pauseSeconds      idle time between two runs (0: none)
 * @param retries           further attempts of a repetition that failed, each after
 *                          {@code retryPauseSeconds}, reconnecting the environment first when its
 *                          connection dropped
 * @param parallelGroups    whether environments of different physical host groups run at the same time
 */
public record Settings(int repetitions, int commandTimeoutSeconds, Order order, long seed, int warmups,
                       int pauseSeconds, int retries, int retryPauseSeconds, boolean parallelGroups) {

    public enum Order {
        @JsonProperty("randomized") RANDOMIZED,
        @JsonProperty("sequential") SEQUENTIAL
    }

    public static final int DEFAULT_REPETITIONS = 10;
    public static final int DEFAULT_COMMAND_TIMEOUT_SECONDS = 1800;
    public static final int DEFAULT_WARMUPS = 1;
    public static final int DEFAULT_RETRIES = 1;
    public static final int DEFAULT_RETRY_PAUSE_SECONDS = 30;

    public Settings {
        if (repetitions == 0) {
            repetitions = DEFAULT_REPETITIONS;
        }
        if (repetitions < 1 || repetitions > 10_000) {
            throw new InvalidValueException(Message.of("settings.repetitions",
                    "repetitions must be between 1 and 10000, not {0}", Integer.toString(repetitions)));
        }
        if (commandTimeoutSeconds == 0) {
            commandTimeoutSeconds = DEFAULT_COMMAND_TIMEOUT_SECONDS;
        }
        if (commandTimeoutSeconds < 1) {
            throw new InvalidValueException(Message.of("settings.commandTimeout",
                    "command timeout must be positive, not {0}", Integer.toString(commandTimeoutSeconds)));
        }
        order = order == null ? Order.RANDOMIZED : order;
        range(Message.of("settings.warmups", "warm-ups"), warmups, 100);
        range(Message.of("settings.pause", "pause between runs (seconds)"), pauseSeconds, 86_400);
        range(Message.of("settings.retries", "retries"), retries, 10);
        range(Message.of("settings.retryPause", "pause before a retry (seconds)"), retryPauseSeconds, 86_400);
    }

    /**
     * The first version's two settings. Code written against it expects what that version did, so
     * the rest are what it did too: sequential, no warm-up, no retry, no pause.
     */
    public Settings(int repetitions, int commandTimeoutSeconds) {
        this(repetitions, commandTimeoutSeconds, Order.SEQUENTIAL, 0, 0, 0, 0, 0, false);
    }

    /**
     * What campaign.json holds; a setting it lacks (a file written before the setting existed)
     * takes today's default, since Jackson would otherwise read it as 0, a valid value for most.
     */
    @JsonCreator
    static Settings fromJson(@JsonProperty("repetitions") Integer repetitions,
                             @JsonProperty("commandTimeoutSeconds") Integer commandTimeoutSeconds,
                             @JsonProperty("order") Order order, @JsonProperty("seed") Long seed,
                             @JsonProperty("warmups") Integer warmups, @JsonProperty("pauseSeconds") Integer pauseSeconds,
                             @JsonProperty("retries") Integer retries,
                             @JsonProperty("retryPauseSeconds") Integer retryPauseSeconds,
                             @JsonProperty("parallelGroups") Boolean parallelGroups) {
        return new Settings(or(repetitions, DEFAULT_REPETITIONS), or(commandTimeoutSeconds, DEFAULT_COMMAND_TIMEOUT_SECONDS),
                order == null ? Order.RANDOMIZED : order, seed == null ? 0 : seed, or(warmups, DEFAULT_WARMUPS),
                or(pauseSeconds, 0), or(retries, DEFAULT_RETRIES), or(retryPauseSeconds, DEFAULT_RETRY_PAUSE_SECONDS),
                parallelGroups != null && parallelGroups);
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_REPETITIONS, DEFAULT_COMMAND_TIMEOUT_SECONDS, Order.RANDOMIZED, 0, DEFAULT_WARMUPS,
                0, DEFAULT_RETRIES, DEFAULT_RETRY_PAUSE_SECONDS, false);
    }

    public Settings withRepetitions(int n) {
        return new Settings(n, commandTimeoutSeconds, order, seed, warmups, pauseSeconds, retries, retryPauseSeconds,
                parallelGroups);
    }

    public Settings withOrder(Order newOrder, long newSeed) {
        return new Settings(repetitions, commandTimeoutSeconds, newOrder, newSeed, warmups, pauseSeconds, retries,
                retryPauseSeconds, parallelGroups);
    }

    public Settings withWarmups(int n) {
        return new Settings(repetitions, commandTimeoutSeconds, order, seed, n, pauseSeconds, retries, retryPauseSeconds,
                parallelGroups);
    }

    public Settings withRetries(int n, int pauseBeforeRetrySeconds) {
        return new Settings(repetitions, commandTimeoutSeconds, order, seed, warmups, pauseSeconds, n,
                pauseBeforeRetrySeconds, parallelGroups);
    }

    public Settings withPauseSeconds(int seconds) {
        return new Settings(repetitions, commandTimeoutSeconds, order, seed, warmups, seconds, retries,
                retryPauseSeconds, parallelGroups);
    }

    public Settings withParallelGroups(boolean parallel) {
        return new Settings(repetitions, commandTimeoutSeconds, order, seed, warmups, pauseSeconds, retries,
                retryPauseSeconds, parallel);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static void range(Message what, int value, int max) {
        if (value < 0 || value > max) {
            throw new InvalidValueException(Message.of("settings.range", "{0} must be between 0 and {1}, not {2}",
                    what, Integer.toString(max), Integer.toString(value)));
        }
    }
}
