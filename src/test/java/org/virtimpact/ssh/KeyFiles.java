package org.virtimpact.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Key files for tests, written the way ssh-keygen writes them (OpenSSH format, owner-only). */
final class KeyFiles {

    private KeyFiles() {
    }

    /** A copy of the private key {@code source} protected by {@code passphrase}, with its .pub beside it. */
    static Path locked(Path source, Path target, String passphrase) throws IOException {
        try {
            KeyPair pair = KeyPair.load(new JSch(), source.toString());
            pair.writeOpenSSHv1PrivateKey(target.toString(), passphrase.getBytes(StandardCharsets.UTF_8));
            pair.writePublicKey(target + ".pub", "locked");
            pair.dispose();
        } catch (JSchException e) {
            throw new IOException("could not write a protected key: " + e.getMessage(), e);
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        return target;
    }
}
