package org.virtimpact.core.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.regex.Pattern;
import org.virtimpact.core.text.InvalidValueException;
import org.virtimpact.core.text.Message;

/**
 * How an environment is reached. A password never appears here: only the path of a key file,
 * so that {@code campaign.json} can be shared and archived without leaking secrets.
 *
 * <p>An SSH target is either explicit ({@code host}, {@code port}, {@code user}, {@code identityFile})
 * or a {@code Host} alias of an OpenSSH config file ({@code hostAlias}, {@code sshConfig}), whose
 * HostName, Port, User, IdentityFile and ProxyJump then apply. Values set next to an alias
 * override the config's, as {@code ssh -p PORT -i FILE USER@ALIAS} does; port 0 means "the config's".
 *
 * @param knownHosts the known_hosts file to check host keys against, empty for {@code ~/.ssh/known_hosts}
 * @param hostAlias  a {@code Host} alias of the SSH config, empty for an explicit target
 * @param sshConfig  the SSH config file holding the alias, empty for {@code ~/.ssh/config}
 */
public record Target(Kind kind, String host,
                     // 0 (a local target, or an alias taking the config's Port) is left out of the file
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) int port,
                     String user, String identityFile, String knownHosts, String hostAlias, String sshConfig) {

    public enum Kind {
        @JsonProperty("local") LOCAL,
        @JsonProperty("ssh") SSH
    }

    public static final int DEFAULT_SSH_PORT = 22;

    /** No blanks or control characters, and no leading '-' that a tool could take for an option. */
    private static final Pattern NAME = Pattern.compile("[^\\s\\p{Cntrl}-][^\\s\\p{Cntrl}]*");

    public Target {
        Objects.requireNonNull(kind, "kind");
        host = blankToNull(host);
        hostAlias = blankToNull(hostAlias);
        sshConfig = blankToNull(sshConfig);
        if (kind == Kind.SSH && host == null && hostAlias == null) {
            throw new IllegalArgumentException("an SSH target needs a host name or a Host alias of the SSH config");
        }
        if (host != null && hostAlias != null) {
            throw new IllegalArgumentException("give either a host name (" + host + ") or a Host alias ("
                    + hostAlias + "), not both");
        }
        check(Message.of("target.hostName", "host name"), host);
        check(Message.of("target.hostAlias", "Host alias"), hostAlias);
        check(Message.of("target.userName", "user name"), blankToNull(user));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        // an alias keeps 0: the config's Port applies, else 22
        if (kind == Kind.SSH && port == 0 && hostAlias == null) {
            port = DEFAULT_SSH_PORT;
        }
    }

    /** The parameter list of the first version, kept for callers that know no SSH config. */
    public Target(Kind kind, String host, int port, String user, String identityFile, String knownHosts) {
        this(kind, host, port, user, identityFile, knownHosts, null, null);
    }

    public static Target local() {
        return new Target(Kind.LOCAL, null, 0, null, null, null);
    }

    public static Target ssh(String user, String host, int port, String identityFile, String knownHosts) {
        return new Target(Kind.SSH, host, port, user, identityFile, knownHosts);
    }

    /**
     * A {@code Host} alias of {@code sshConfig} (null for {@code ~/.ssh/config}); {@code user}, {@code port}
     * (0) and {@code identityFile} may be null to take the config's.
     */
    public static Target sshAlias(String alias, String sshConfig, String user, int port, String identityFile,
                                  String knownHosts) {
        return new Target(Kind.SSH, null, port, user, identityFile, knownHosts, alias, sshConfig);
    }

    /** True when the SSH config decides where this target really is. */
    @JsonIgnore
    public boolean usesSshConfig() {
        return kind == Kind.SSH && hostAlias != null;
    }

    public String describe() {
        return description().english();
    }

    /** Where the target is, for a person: "this machine" in their language, else user@host:port as written. */
    @JsonIgnore
    public Message description() {
        if (kind == Kind.LOCAL) {
            return Message.of("target.local", "this machine");
        }
        String name = hostAlias != null ? hostAlias : host;
        boolean defaultPort = port == 0 || (hostAlias == null && port == DEFAULT_SSH_PORT);
        return Message.verbatim((user == null || user.isBlank() ? "" : user + "@") + name
                + (defaultPort ? "" : ":" + port));
    }

    private static void check(Message what, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new InvalidValueException(Message.of("target.badValue", "the {0} ''{1}'' must not contain blanks"
                    + " or control characters nor start with ''-''", what, value));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
