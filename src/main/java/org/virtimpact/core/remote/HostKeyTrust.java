package org.virtimpact.core.remote;

import org.virtimpact.core.campaign.Target;

/**
 * The one way a host key becomes trusted: {@link #scan} shows a person the key a target (or a jump
 * host on its way) presents, and only after they have checked its fingerprint does {@link #accept}
 * record that key. The CLI's {@code --accept-new-host-key} and the workbench's dialog both go
 * through here; nothing is ever accepted silently.
 */
public interface HostKeyTrust {

    /**
     * Connects far enough to see the host keys on the way to {@code target}: the first key that is
     * not trusted (a jump host's or the target's own), else the target's key with state TRUSTED.
     * Logs in to jump hosts that are already trusted, never to an untrusted host; writes nothing.
     *
     * @throws ShellException when a host can't be reached or a jump host refuses the login
     */
    ScannedHostKey scan(Target target) throws ShellException;

    /**
     * Records {@code key}, as scanned for {@code target}, in its known_hosts file.
     *
     * @return false when it was recorded already
     * @throws ShellException HOST_KEY_CHANGED when the file holds a different key for that host
     *                        (never replaced here), IO when the file can't be written
     */
    boolean accept(Target target, ScannedHostKey key) throws ShellException;
}
