package org.virtimpact.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.virtimpact.core.remote.PassphraseProvider;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.text.Message;

/**
 * Reads key files and unlocks protected ones with what the person types, three tries as ssh
 * gives. The passphrase lives only in arrays that are overwritten as soon as the key is decrypted.
 */
final class KeyUnlocker {

    static final int ATTEMPTS = 3;

    enum Outcome { UNLOCKED, DECLINED, WRONG }

    private final PassphraseProvider passphrases;

    KeyUnlocker(PassphraseProvider passphrases) {
        this.passphrases = passphrases;
    }

    /** The key of {@code file} as JSch reads it, still locked when it is protected. */
    static Identity load(Path file, String destination) throws ShellException {
        JSch jsch = new JSch();
        try {
            jsch.addIdentity(file.toString());
            return jsch.getIdentityRepository().getIdentities().get(0);
        } catch (JSchException e) {
            throw new ShellException(Reason.AUTHENTICATION, Message.of("ssh.key.unreadable", "{0} is not a private key"
                    + " that can be read ({1}). Choose the private key file, not the .pub, for {2}.", file.toString(),
                    e.getMessage(), destination), e);
        }
    }

    Outcome unlock(Identity key, Path file, String destination) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<char[]> typed = passphrases.passphrase(file.toString(), destination, attempt);
            if (typed.isEmpty()) {
                return Outcome.DECLINED;
            }
            byte[] bytes = utf8(typed.get());
            Arrays.fill(typed.get(), '\0');
            try {
                if (key.setPassphrase(bytes)) {
                    return Outcome.UNLOCKED;
                }
            } catch (JSchException e) {
                // JSch's files say "wrong" only by returning false; anything else is asked again too
                System.getLogger(KeyUnlocker.class.getName()).log(System.Logger.Level.DEBUG,
                        "could not decrypt " + file, e);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        return Outcome.WRONG;
    }

    static ShellException wrongPassphrase(Path file) {
        return new ShellException(Reason.AUTHENTICATION, Message.of("ssh.key.wrongPassphrase", "Wrong passphrase for"
                + " {0}, {1} times. Check it with ''ssh-keygen -y -f {2}''.", file.toString(), Integer.toString(ATTEMPTS),
                ConnectFailures.word(file.toString())));
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        // the encoder's own buffer held the passphrase too
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
