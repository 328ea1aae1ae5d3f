package org.virtimpact.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.SSHAgentConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Vector;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;
import org.virtimpact.core.text.Message;

/**
 * The keys one login offers, in OpenSSH's spirit: ssh-agent's keys when an agent answers, then the
 * key files (the configured ones, else {@code ~/.ssh/id_*}). A protected file the agent already
 * holds is not unlocked again; any other is offered by its public half and unlocked, only once the
 * server wants it, with a passphrase asked through the
 * {@link org.virtimpact.core.remote.PassphraseProvider}, never stored.
 */
final class LoginKeys {

    /** OpenSSH's own default order, minus DSA, which current servers refuse. */
    static final List<String> DEFAULT_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private final SshOptions options;
    private final KeyUnlocker unlocker;

    LoginKeys(SshOptions options) {
        this.options = options;
        this.unlocker = new KeyUnlocker(options.passphrases());
    }

    /**
     * What a login offers and, for messages, where it came from. {@link #clear} wipes unlocked keys
     * from memory once the login is over.
     *
     * @param declined protected files nobody gave a passphrase for before the login
     * @param locked   protected files unlocked only if the server wants them
     */
    record Offer(List<Identity> identities, List<Path> files, int agentKeys, List<Path> declined,
                 List<LockedKey> locked) {

        IdentityRepository repository() {
            return new FixedIdentities(identities);
        }

        /** What the person should know after a refused login, e.g. a key left locked. */
        Message notes() {
            List<Path> unused = new ArrayList<>(declined);
            locked.stream().filter(k -> k.outcome() == KeyUnlocker.Outcome.DECLINED).forEach(k -> unused.add(k.path()));
            if (unused.isEmpty()) {
                return Message.verbatim("");
            }
            return Message.of("ssh.key.lockedNote", " ({0} not used: no passphrase was entered; add it to ssh-agent"
                    + " first with ssh-add {1})", String.join(", ", unused.stream().map(Path::toString).toList()),
                    ConnectFailures.word(unused.get(0).toString()));
        }

        /** Three wrong passphrases for a key the server wanted: the reason the login failed. */
        Optional<ShellException> wrongPassphrase() {
            return locked.stream().filter(k -> k.outcome() == KeyUnlocker.Outcome.WRONG).findFirst()
                    .map(k -> KeyUnlocker.wrongPassphrase(k.path()));
        }

        void clear() {
            identities.forEach(Identity::clear);
        }
    }

    Offer forHop(Hop hop) throws ShellException {
        List<Path> files = files(hop);
        List<Identity> agent = agentKeys();
        List<Identity> fromFiles = new ArrayList<>();
        List<Identity> agentFirst = new ArrayList<>();
        List<Path> declined = new ArrayList<>();
        List<LockedKey> locked = new ArrayList<>();
        for (Path file : files) {
            Identity key = KeyUnlocker.load(file, hop.login());
            byte[] blob = key.getPublicKeyBlob();
            Optional<Identity> held = agent.stream().filter(a -> blob != null
                    && Arrays.equals(a.getPublicKeyBlob(), blob)).findFirst();
            if (held.isPresent()) {
                agentFirst.add(held.get());
                key.clear();
            } else if (!key.isEncrypted()) {
                fromFiles.add(key);
            } else if (blob != null) {
                LockedKey lazy = new LockedKey(key, file, hop.login(), unlocker);
                locked.add(lazy);
                fromFiles.add(lazy);
            } else {
                // no public half to offer first (an old PEM key without its .pub): unlock now
                switch (unlocker.unlock(key, file, hop.login())) {
                    case UNLOCKED -> fromFiles.add(key);
                    case DECLINED -> declined.add(file);
                    case WRONG -> throw KeyUnlocker.wrongPassphrase(file);
                    default -> throw new IllegalStateException("unknown outcome");
                }
            }
        }
        List<Identity> offered = order(hop, agent, agentFirst, fromFiles);
        if (offered.isEmpty()) {
            throw new ShellException(Reason.AUTHENTICATION, noKey(hop, declined));
        }
        return new Offer(List.copyOf(offered), files, (int) offered.stream().filter(agent::contains).count(),
                List.copyOf(declined), List.copyOf(locked));
    }

    /** Configured files first (served by the agent when it holds them), then the agent's other keys. */
    private static List<Identity> order(Hop hop, List<Identity> agent, List<Identity> agentFirst,
                                        List<Identity> fromFiles) {
        List<Identity> offered = new ArrayList<>();
        if (hop.identityFiles().isEmpty()) {
            offered.addAll(agent);
            offered.addAll(fromFiles);
            return offered;
        }
        offered.addAll(agentFirst);
        offered.addAll(fromFiles);
        if (!hop.identitiesOnly()) {
            agent.stream().filter(a -> !offered.contains(a)).forEach(offered::add);
        }
        return offered;
    }

    private List<Path> files(Hop hop) throws ShellException {
        Path explicit = hop.explicitKey();
        if (explicit != null && (!Files.isRegularFile(explicit) || !Files.isReadable(explicit))) {
            throw new ShellException(Reason.AUTHENTICATION, Message.of("ssh.key.missingFile", "The identity file {0}"
                    + " set for {1} does not exist or can''t be read. Fix the path in the environment''s settings, or"
                    + " create a key with: ssh-keygen -t ed25519 -f {2}", explicit.toString(), hop.name(),
                    ConnectFailures.word(explicit.toString())));
        }
        List<Path> wanted = new ArrayList<>(hop.identityFiles());
        if (wanted.isEmpty()) {
            DEFAULT_NAMES.forEach(n -> wanted.add(options.sshDir().resolve(n)));
        }
        // like ssh, a configured file that is missing is skipped; only the environment's own one is required
        return wanted.stream().distinct().filter(f -> Files.isRegularFile(f) && Files.isReadable(f)).toList();
    }

    private List<Identity> agentKeys() {
        Optional<Path> socket = options.agent();
        if (socket.isEmpty() || !Files.exists(socket.get())) {
            return List.of();
        }
        AgentIdentityRepository agent = new AgentIdentityRepository(
                new SSHAgentConnector(new UnixSockets(), socket.get()));
        if (agent.getStatus() != IdentityRepository.RUNNING) {
            return List.of();
        }
        return List.copyOf(agent.getIdentities());
    }

    private Message noKey(Hop hop, List<Path> declined) {
        if (!declined.isEmpty()) {
            return Message.of("ssh.key.declined", "{0} {1,choice,1#is|1<are} protected by a passphrase, and none was"
                    + " entered, so there is no key to log in to {2}. Add the key to ssh-agent (ssh-add {3}) before"
                    + " starting VirtImpact, or start it where it can ask you (a terminal, or the workbench).",
                    String.join(", ", declined.stream().map(Path::toString).toList()), declined.size(), hop.login(),
                    ConnectFailures.word(declined.get(0).toString()));
        }
        Message agent = options.agent().map(s -> Message.of("ssh.key.agentEmpty",
                " ssh-agent ({0}) holds no key or does not answer.", s)).orElse(Message.verbatim(""));
        if (hop.identityFiles().isEmpty()) {
            return Message.of("ssh.key.none", "No SSH key to log in to {0}: no identity file is set and none of {1}"
                    + " exists in {2}.{3} Create one with ''ssh-keygen -t ed25519'', copy it to the host with"
                    + " ''ssh-copy-id'', or set the environment''s identity file. Passwords are never used.",
                    hop.login(), String.valueOf(DEFAULT_NAMES), String.valueOf(options.sshDir()), agent);
        }
        return Message.of("ssh.key.noneOfFiles", "None of the identity files {0} for {1} exists.{2} Fix IdentityFile"
                + " in the SSH config, or create the key with ''ssh-keygen -t ed25519 -f FILE''.",
                String.valueOf(hop.identityFiles()), hop.name(), agent);
    }

    /** A fixed list for one session, so adding a file key never adds it to the person's agent. */
    private record FixedIdentities(List<Identity> identities) implements IdentityRepository {

        @Override
        public String getName() {
            return "virtimpact";
        }

        @Override
        public int getStatus() {
            return RUNNING;
        }

        @Override
        public Vector<Identity> getIdentities() {
            return new Vector<>(identities);
        }

        @Override
        public boolean add(byte[] identity) {
            return false;
        }

        @Override
        public boolean remove(byte[] blob) {
            return false;
        }

        @Override
        public void removeAll() {
            // the list is fixed for the session's one login
        }
    }
}
