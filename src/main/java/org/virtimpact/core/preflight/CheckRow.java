package org.virtimpact.core.preflight;

import java.util.Objects;
import org.virtimpact.core.text.Message;

/**
 * One line of a preflight table. Its words are {@link Message}s so the workbench can show them in
 * the person's language; {@link #name()}, {@link #detail()} and {@link #fix()} are their English,
 * as the CLI prints them.
 *
 * @param required whether a failure stops a run; advisory checks only ever warn
 * @param found    what was found, e.g. "/usr/bin/fio" or "needs 4 GiB, 1.2 GiB free in /tmp"
 * @param todo     what to do when the check did not pass; empty otherwise
 */
public record CheckRow(Message title, CheckStatus status, boolean required, Message found, Message todo) {

    private static final Message NOTHING = Message.verbatim("");

    public CheckRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        found = found == null ? NOTHING : found;
        todo = todo == null ? NOTHING : todo;
        if (status == CheckStatus.FAILED && !required) {
            throw new IllegalArgumentException("an advisory check warns, it never fails: " + title.english());
        }
    }

    /** A row whose words are not translated (tests, and text that comes from elsewhere). */
    public CheckRow(String name, CheckStatus status, boolean required, String detail, String fix) {
        this(Message.verbatim(name), status, required, Message.verbatim(detail == null ? "" : detail),
                Message.verbatim(fix == null ? "" : fix));
    }

    public String name() {
        return title.english();
    }

    public String detail() {
        return found.english();
    }

    public String fix() {
        return todo.english();
    }

    public static CheckRow ok(String name, boolean required, String detail) {
        return new CheckRow(name, CheckStatus.OK, required, detail, "");
    }

    public static CheckRow ok(Message name, boolean required, Message detail) {
        return new CheckRow(name, CheckStatus.OK, required, detail, NOTHING);
    }

    public static CheckRow failed(String name, String detail, String fix) {
        return new CheckRow(name, CheckStatus.FAILED, true, detail, fix);
    }

    public static CheckRow failed(Message name, Message detail, Message fix) {
        return new CheckRow(name, CheckStatus.FAILED, true, detail, fix);
    }

    public static CheckRow warning(String name, String detail, String fix) {
        return new CheckRow(name, CheckStatus.WARNING, false, detail, fix);
    }

    public static CheckRow warning(Message name, Message detail, Message fix) {
        return new CheckRow(name, CheckStatus.WARNING, false, detail, fix);
    }

    public static CheckRow skipped(String name, boolean required, String why) {
        return new CheckRow(name, CheckStatus.SKIPPED, required, why, "");
    }

    public static CheckRow skipped(Message name, boolean required, Message why) {
        return new CheckRow(name, CheckStatus.SKIPPED, required, why, NOTHING);
    }

    /** A problem of a required check is a failure, of an advisory one a warning. */
    public static CheckRow problem(String name, boolean required, String detail, String fix) {
        return required ? failed(name, detail, fix) : warning(name, detail, fix);
    }

    public static CheckRow problem(Message name, boolean required, Message detail, Message fix) {
        return required ? failed(name, detail, fix) : warning(name, detail, fix);
    }

    public boolean blocksRun() {
        return required && status == CheckStatus.FAILED;
    }
}
