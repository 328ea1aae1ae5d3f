package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtimpact.core.campaign.Target;
import org.virtimpact.core.remote.ShellException;
import org.virtimpact.core.remote.ShellException.Reason;

/** Where a target leads once its SSH config is applied; nothing connects here. */
class RoutesTest {

    @TempDir
    Path home;

    private SshOptions options;

    @BeforeEach
    void emptyHome() throws IOException {
        Files.createDirectories(home.resolve(".ssh"));
        options = SshOptions.defaults().withUserHome(home).withAgentSocket(null);
    }

    private Route resolve(Target target) throws ShellException {
        return new Routes(options).resolve(target);
    }

    private void config(String text) throws IOException {
        Files.writeString(home.resolve(".ssh/config"), text);
    }

    @Test
    void aliasTakesHostNamePortUserAndIdentityFileFromTheConfig() throws Exception {
        config("""
                Host xen-pv
                  HostName 10.0.0.5
                  Port 2222
                  User bench
                  IdentityFile ~/.ssh/%n_%r
                """);

        Hop hop = resolve(Target.sshAlias("xen-pv", null, null, 0, null, null)).destination();

        assertEquals("bench@10.0.0.5:2222", hop.login());
        assertEquals(List.of(home.resolve(".ssh/xen-pv_bench")), hop.identityFiles());
        assertEquals(home.resolve(".ssh/known_hosts"), hop.knownHosts());
    }

    @Test
    void valuesSetOnTheEnvironmentOverrideTheConfig() throws Exception {
        config("Host pv\n  HostName 10.0.0.5\n  Port 2222\n  User bench\n  IdentityFile ~/.ssh/pv\n");

        Hop hop = resolve(Target.sshAlias("pv", null, "root", 22, "/keys/root", "/kh")).destination();

        assertEquals("root@10.0.0.5:22", hop.login());
        assertEquals(List.of(Path.of("/keys/root"), home.resolve(".ssh/pv")), hop.identityFiles());
        assertEquals(Path.of("/kh"), hop.knownHosts());
    }

    @Test
    void hostNameDefaultsToTheAliasAndPortTo22() throws Exception {
        config("Host guest\n  User bench\n");

        assertEquals("bench@guest:22", resolve(Target.sshAlias("guest", null, null, 0, null, null))
                .destination().login());
    }

    @Test
    void proxyJumpListsJumpHostsInOrderAndLooksThemUp() throws Exception {
        config("""
                Host guest
                  HostName 10.0.0.5
                  ProxyJump admin@bastion:2200,inner
                Host bastion
                  HostName bastion.example.org
                  IdentityFile ~/.ssh/bastion
                Host inner
                  HostName 10.0.0.1
                  User relay
                """);

        Route route = resolve(Target.sshAlias("guest", null, "bench", 0, null, null));

        assertEquals(List.of("admin@bastion.example.org:2200", "relay@10.0.0.1:22"),
                route.jumps().stream().map(Hop::login).toList());
        assertEquals(List.of(home.resolve(".ssh/bastion")), route.jumps().get(0).identityFiles());
        assertEquals("bench@10.0.0.5:22", route.destination().login());
    }

    @Test
    void theFirstJumpHostsOwnProxyJumpComesFirst() throws Exception {
        config("Host guest\n  ProxyJump middle\nHost middle\n  ProxyJump outer\n");

        Route route = resolve(Target.sshAlias("guest", null, "u", 0, null, null));

        assertEquals(List.of("outer", "middle"), route.jumps().stream().map(Hop::host).toList());
    }

    @Test
    void aLoopingProxyJumpIsRefused() throws Exception {
        config("Host a\n  ProxyJump b\nHost b\n  ProxyJump a\n");

        ShellException e = assertThrows(ShellException.class,
                () -> resolve(Target.sshAlias("a", null, "u", 0, null, null)));

        assertTrue(e.getMessage().contains("loop"), e.getMessage());
    }

    @Test
    void connectTimeoutOfTheConfigApplies() throws Exception {
        config("Host pv\n  ConnectTimeout 3\n");

        assertEquals(Duration.ofSeconds(3), resolve(Target.sshAlias("pv", null, "u", 0, null, null)).connectTimeout());
    }

    @Test
    void proxyCommandIsRefusedWithProxyJumpSuggested() throws Exception {
        config("Host pv\n  ProxyCommand ssh -W %h:%p bastion\n");

        ShellException e = assertThrows(ShellException.class,
                () -> resolve(Target.sshAlias("pv", null, "u", 0, null, null)));

        assertTrue(e.getMessage().contains("ProxyJump"), e.getMessage());
    }

    @Test
    void unknownAliasNamesTheConfigFile() throws Exception {
        config("Host pv\n  HostName 10.0.0.5\n");

        ShellException e = assertThrows(ShellException.class,
                () -> resolve(Target.sshAlias("hvm", null, null, 0, null, null)));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains("'Host hvm'") && e.getMessage().contains(".ssh/config"), e.getMessage());
    }

    @Test
    void missingConfigFileIsNamed() {
        Path absent = home.resolve("nowhere/config");

        ShellException e = assertThrows(ShellException.class,
                () -> resolve(Target.sshAlias("pv", absent.toString(), null, 0, null, null)));

        assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
    }

    @Test
    void explicitTargetIgnoresTheConfig() throws Exception {
        config("Host 10.0.0.5\n  Port 2222\n  ProxyJump bastion\n");

        Route route = resolve(Target.ssh("bench", "10.0.0.5", 22, null, null));

        assertEquals(List.of(), route.jumps());
        assertEquals("bench@10.0.0.5:22", route.destination().login());
    }
}
