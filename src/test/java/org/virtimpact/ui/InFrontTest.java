package org.virtimpact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class InFrontTest {

    private final AtomicInteger shown = new AtomicInteger();
    private final InFront front = new InFront(shown::incrementAndGet);
    private final SimpleBooleanProperty selected = new SimpleBooleanProperty(false);

    @Test
    void showsEveryChangeAtOnceWhileNoTabIsFollowed() {
        front.changed();
        front.changed();
        assertEquals(2, shown.get());
    }

    @Test
    void showsEveryChangeAtOnceWhileTheTabIsInFront() {
        selected.set(true);
        front.follow(selected);
        front.changed();
        front.changed();
        assertEquals(2, shown.get());
    }

    @Test
    void aHiddenTabShowsNothingUntilItComesToTheFront() {
        front.follow(selected);
        front.changed();
        front.changed();
        front.changed();
        assertEquals(0, shown.get());
        selected.set(true);
        assertEquals(1, shown.get(), "one catch-up for all the changes it missed");
    }

    @Test
    void aTabThatMissedNothingIsNotRedrawnWhenItComesToTheFront() {
        selected.set(true);
        front.follow(selected);
        front.changed();
        selected.set(false);
        selected.set(true);
        assertEquals(1, shown.get());
    }

    @Test
    void aTabCatchesUpOnlyOnceForTheSameMissedChanges() {
        front.follow(selected);
        front.changed();
        selected.set(true);
        selected.set(false);
        selected.set(true);
        assertEquals(1, shown.get());
    }
}
