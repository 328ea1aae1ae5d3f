package org.virtimpact.core.remote;

import java.util.Optional;

/**
 * Asks a person for the passphrase of a private key at the moment a login needs it: the CLI on the
 * console with echo off, the workbench in a dialog. A passphrase is never written to any file;
 * the caller overwrites the returned array once the key is unlocked.
 */
@FunctionalInterface
public interface PassphraseProvider {

    /**
     * @param keyFile     the private key file, as the person knows it
     * @param destination who the key logs in to, e.g. {@code bench@xen-pv:22}
     * @param attempt     1 for the first question, 2 and 3 after a wrong passphrase
     * @return the passphrase, or empty when the person declined or nobody can be asked
     */
    Optional<char[]> passphrase(String keyFile, String destination, int attempt);

    /** Asks nobody: a protected key then can't be used, and the login says so. */
    static PassphraseProvider none() {
        return (keyFile, destination, attempt) -> Optional.empty();
    }
}
