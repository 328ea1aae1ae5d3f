package org.virtimpact.ui;

import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** What tests ask of nodes, asked on the FX thread, as JavaFX requires of live ones. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs {@code work} on the FX thread and waits for its result; its failure fails the test. */
    public static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
