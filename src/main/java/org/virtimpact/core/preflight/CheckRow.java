package org.virtimpact.core.preflight;

import java.util.Objects;

/**
 * One line of a preflight table.
 *
 * @param required whether a failure stops a run; advisory checks only ever warn
 * @param detail   what was found, e.g. "/usr/bin/fio" or "needs 4 GiB, 1.2 GiB free in /tmp"
 * @param fix      what to do when the check did not pass; empty otherwise
 */
public record CheckRow(String name, CheckStatus status, boolean required, String detail, String fix) {

    public CheckRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
        if (status == CheckStatus.FAILED && !required) {
            throw new IllegalArgumentException("an advisory check warns, it never fails: " + name);
        }
    }

    public static CheckRow ok(String name, boolean required, String detail) {
        return new CheckRow(name, CheckStatus.OK, required, detail, "");
    }

    public static CheckRow failed(String name, String detail, String fix) {
        return new CheckRow(name, CheckStatus.FAILED, true, detail, fix);
    }

    public static CheckRow warning(String name, String detail, String fix) {
        return new CheckRow(name, CheckStatus.WARNING, false, detail, fix);
    }

    public static CheckRow skipped(String name, boolean required, String why) {
        return new CheckRow(name, CheckStatus.SKIPPED, required, why, "");
    }

    /** A problem of a required check is a failure, of an advisory one a warning. */
    public static CheckRow problem(String name, boolean required, String detail, String fix) {
        return required ? failed(name, detail, fix) : warning(name, detail, fix);
    }

    public boolean blocksRun() {
        return required && status == CheckStatus.FAILED;
    }
}
