package org.virtimpact.ui.targets;

import org.virtimpact.core.remote.ScannedHostKey;
import org.virtimpact.core.text.Message;

/**
 * Asks the person about a host key, from the background thread that is connecting: the workbench
 * shows a dialog and the connection waits for the answer. Nothing is trusted without a yes.
 */
public interface HostKeyQuestions {

    /**
     * Shows the unknown key (host, type, SHA256 fingerprint) and waits for Accept or Reject.
     *
     * @param environment the environment being connected to, which may differ from the key's host
     *                    when a jump host presented it
     * @return true only when the person accepted the key
     */
    boolean trust(String environment, ScannedHostKey key);

    /** Tells that a host's key changed; there is nothing to accept, so this does not wait. */
    void changed(String environment, Message message);
}
