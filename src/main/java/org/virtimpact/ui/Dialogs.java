package org.virtimpact.ui;

/** How view models tell a person that something went wrong, without touching a Node. */
public interface Dialogs {

    /**
     * @param headline what happened, in one line
     * @param details  why, and what to do about it; never a stack trace
     */
    void error(String headline, String details);

    /**
     * Asks before something that can't be taken back (unsaved edits lost). Waits for the answer,
     * so it is only called from the FX thread, in answer to the person's own action.
     *
     * @param yes the button that goes ahead, worded as what it does ("Discard and open")
     * @return true when the person chose {@code yes}
     */
    default boolean confirm(String headline, String details, String yes) {
        return true;
    }
}
