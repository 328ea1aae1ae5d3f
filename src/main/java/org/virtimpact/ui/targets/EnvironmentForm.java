package org.virtimpact.ui.targets;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.campaign.VirtualizationModes;
import org.virtimpact.ui.Texts;

/**
 * The fields of one environment as typed, converted to an {@link Environment} and checked on
 * every change: the problem shown under the form is the environment's own refusal, in the words
 * the command line would use for the same value.
 */
public final class EnvironmentForm {

    /** How the environment is reached: this machine, an SSH host given in full, or a ~/.ssh/config alias. */
    public enum Connection { LOCAL, SSH, SSH_ALIAS }

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty mode = new SimpleStringProperty("");
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(Connection.LOCAL);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty identityFile = new SimpleStringProperty("");
    private final StringProperty alias = new SimpleStringProperty("");
    private final StringProperty sshConfig = new SimpleStringProperty("");
    private final StringProperty knownHosts = new SimpleStringProperty("");
    private final StringProperty scratchDir = new SimpleStringProperty("");
    private final StringProperty peer = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final Texts texts;
    private boolean loading;

    public EnvironmentForm(Texts texts) {
        this.texts = texts;
        for (Observable field : List.of(name, mode, connection, host, port, user, identityFile, alias, sshConfig,
                knownHosts, scratchDir, peer, group)) {
            field.addListener(o -> problem.set(build().problem()));
        }
    }

    /** The presets of the mode list; any other text is kept as typed. */
    public static List<String> modes() {
        return VirtualizationModes.PRESETS;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty modeProperty() { return mode; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty userProperty() { return user; }
    public StringProperty identityFileProperty() { return identityFile; }
    public StringProperty aliasProperty() { return alias; }
    public StringProperty sshConfigProperty() { return sshConfig; }
    public StringProperty knownHostsProperty() { return knownHosts; }
    public StringProperty scratchDirProperty() { return scratchDir; }
    public StringProperty peerProperty() { return peer; }
    public StringProperty groupProperty() { return group; }

    /** Why the fields make no environment; empty when they do. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What {@link #build} made of the fields: the environment, or why there is none. */
    public record Built(Optional<Environment> environment, String problem) {
    }

    /** True while {@link #load} fills the fields one by one, which are then no edit to take in. */
    public boolean loading() {
        return loading;
    }

    public void load(Environment env) {
        loading = true;
        try {
            fill(env);
        } finally {
            loading = false;
        }
    }

    private void fill(Environment env) {
        Target t = env.target();
        name.set(env.name());
        mode.set(env.mode());
        connection.set(t.kind() == Target.Kind.LOCAL ? Connection.LOCAL
                : t.usesSshConfig() ? Connection.SSH_ALIAS : Connection.SSH);
        host.set(text(t.host()));
        port.set(t.port() == 0 || (t.kind() == Target.Kind.SSH && !t.usesSshConfig()
                && t.port() == Target.DEFAULT_SSH_PORT) ? "" : Integer.toString(t.port()));
        user.set(text(t.user()));
        identityFile.set(text(t.identityFile()));
        alias.set(text(t.hostAlias()));
        sshConfig.set(text(t.sshConfig()));
        knownHosts.set(text(t.knownHosts()));
        scratchDir.set(env.scratchDir());
        peer.set(env.peer());
        group.set(env.group());
    }

    public Built build() {
        Optional<Integer> portNumber = port();
        if (portNumber.isEmpty()) {
            return refused(texts.get("environments.port.invalid", text(port.get()).strip()));
        }
        try {
            Target target = switch (connection.get()) {
                case LOCAL -> Target.local();
                case SSH -> {
                    if (blank(host.get())) {
                        yield null;
                    }
                    yield Target.ssh(nullIfBlank(user.get()), host.get().strip(), portNumber.get(),
                            nullIfBlank(identityFile.get()), nullIfBlank(knownHosts.get()));
                }
                case SSH_ALIAS -> {
                    if (blank(alias.get())) {
                        yield null;
                    }
                    yield Target.sshAlias(alias.get().strip(), nullIfBlank(sshConfig.get()), nullIfBlank(user.get()),
                            portNumber.get(), nullIfBlank(identityFile.get()), nullIfBlank(knownHosts.get()));
                }
            };
            if (target == null) {
                return refused(texts.get(connection.get() == Connection.SSH ? "environments.host.missing"
                        : "environments.alias.missing"));
            }
            return new Built(Optional.of(new Environment(name.get().strip(),
                    VirtualizationModes.normalise(mode.get()), group.get().strip(), target,
                    scratchDir.get().strip(), peer.get().strip())), "");
        } catch (IllegalArgumentException e) {
            return refused(texts.explain(e));
        }
    }

    /** Empty means the default: 22 for a host given in full, the config's Port for an alias. */
    private Optional<Integer> port() {
        String text = port.get() == null ? "" : port.get().strip();
        if (text.isEmpty()) {
            return Optional.of(0);
        }
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65_535) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static Built refused(String why) {
        return new Built(Optional.empty(), why);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
