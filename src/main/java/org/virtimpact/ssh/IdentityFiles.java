package org.virtimpact.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/**
 * The private keys a login offers, checked before connecting so that a missing or
 * passphrase-protected file is named as such rather than reported as a bare "Auth fail".
 * Keys from ssh-agent or {@code ~/.ssh/config} would be one more source added here.
 */
final class IdentityFiles {

    /** OpenSSH's own default order, minus DSA, which current servers refuse. */
    static final List<String> DEFAULT_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final SshOptions options;

    IdentityFiles(SshOptions options) {
        this.options = options;
    }

    /** The target's identity file alone when it names one, else the default keys that exist. */
    List<Path> resolve(Target target) throws ShellException {
        String configured = target.identityFile();
        if (configured != null && !configured.isBlank()) {
            Path file = options.expand(configured);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ShellException(Reason.AUTHENTICATION, "The identity file " + file + " set for "
                        + target.describe() + " does not exist or can't be read. Fix the path in the"
                        + " environment's settings, or create a key with: ssh-keygen -t ed25519 -f " + file);
            }
            return List.of(file);
        }
        List<Path> found = new ArrayList<>();
        for (String name : DEFAULT_NAMES) {
            Path file = options.sshDir().resolve(name);
            if (Files.isRegularFile(file) && Files.isReadable(file)) {
                found.add(file);
            }
        }
        if (found.isEmpty()) {
            throw new ShellException(Reason.AUTHENTICATION, "No SSH key to log in to " + target.describe()
                    + ": no identity file is set and none of " + DEFAULT_NAMES + " exists in " + options.sshDir()
                    + ". Create one with 'ssh-keygen -t ed25519', copy it to the host with"
                    + " 'ssh-copy-id', or set the environment's identity file. Passwords are never used.");
        }
        return List.copyOf(found);
    }

    /** Adds the files to {@code jsch}, refusing ones that need a passphrase nobody will type. */
    static void addTo(JSch jsch, List<Path> files, String where) throws ShellException {
        for (Path file : files) {
            KeyPair pair;
            try {
                pair = KeyPair.load(jsch, file.toString());
            } catch (JSchException e) {
                throw new ShellException(Reason.AUTHENTICATION, file + " is not a private key that can be read ("
                        + e.getMessage() + "). Choose the private key file, not the .pub, for " + where + ".", e);
            }
            boolean encrypted = pair.isEncrypted();
            pair.dispose();
            if (encrypted) {
                throw new ShellException(Reason.AUTHENTICATION, file + " is protected by a passphrase, and"
                        + " VirtImpact never asks for one. Use a key without passphrase dedicated to the test"
                        + " machines (ssh-keygen -t ed25519 -N '' -f ~/.ssh/virtimpact) for " + where + ".");
            }
            try {
                jsch.addIdentity(file.toString());
            } catch (JSchException e) {
                throw new ShellException(Reason.AUTHENTICATION, "Could not use the key " + file + " for " + where
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
