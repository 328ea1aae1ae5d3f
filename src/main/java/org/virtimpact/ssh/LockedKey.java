package org.virtimpact.ssh;

import com.jcraft.jsch.Identity;
import java.nio.file.Path;

/**
 * A protected key file offered by its public half, as ssh does: the passphrase is asked only once
 * the server has said it would accept this key, so nobody types a passphrase for a key that is
 * of no use there. JSch would otherwise ask for every protected key before the first try.
 */
final class LockedKey implements Identity {

    private final Identity file;
    private final Path path;
    private final String destination;
    private final KeyUnlocker unlocker;
    private volatile KeyUnlocker.Outcome outcome;

    LockedKey(Identity file, Path path, String destination, KeyUnlocker unlocker) {
        this.file = file;
        this.path = path;
        this.destination = destination;
        this.unlocker = unlocker;
    }

    Path path() {
        return path;
    }

    /** How asking went; null when the server never wanted this key. */
    KeyUnlocker.Outcome outcome() {
        return outcome;
    }

    /** Unlocked when first needed; null tells JSch to go on with the next key. */
    @Override
    public byte[] getSignature(byte[] data) {
        return unlocked() ? file.getSignature(data) : null;
    }

    @Override
    public byte[] getSignature(byte[] data, String alg) {
        return unlocked() ? file.getSignature(data, alg) : null;
    }

    private synchronized boolean unlocked() {
        if (outcome == null) {
            outcome = unlocker.unlock(file, path, destination);
        }
        return outcome == KeyUnlocker.Outcome.UNLOCKED;
    }

    /** Called by JSch with null before the first try: nothing to unlock yet. */
    @Override
    public boolean setPassphrase(byte[] passphrase) {
        return true;
    }

    @Override
    public byte[] getPublicKeyBlob() {
        return file.getPublicKeyBlob();
    }

    @Override
    public String getAlgName() {
        return file.getAlgName();
    }

    @Override
    public String getName() {
        return file.getName();
    }

    /** Reports "not encrypted" so that JSch does not ask its own prompt up front. */
    @Override
    public boolean isEncrypted() {
        return false;
    }

    @Override
    public void clear() {
        file.clear();
    }
}
