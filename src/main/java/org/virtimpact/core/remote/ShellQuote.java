package org.virtimpact.core.remote;

/**
 * POSIX shell quoting. Every value that reaches a command line goes through {@link #quote}, so a
 * label such as {@code $(rm -rf ~); "x"} is passed as one literal word and runs nothing.
 */
public final class ShellQuote {

    private ShellQuote() {
    }

    public static String quote(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a NUL character can't be passed to a shell command");
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /**
     * A command shortened for a message: the wrapped benchmark commands run to hundreds of
     * characters, and a reason repeated for every failed repetition must stay readable.
     */
    public static String brief(String command) {
        String first = command.strip().lines().findFirst().orElse("");
        return first.length() <= BRIEF ? first : first.substring(0, BRIEF) + "…";
    }

    private static final int BRIEF = 72;
}
