package org.virtimpact.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ~/.ssh/config read with ssh's rules, from files written here. */
class SshConfigTest {

    @TempDir
    Path ssh;

    private SshConfig parse(String text) throws IOException {
        Path file = ssh.resolve("config");
        Files.writeString(file, text);
        return SshConfig.parse(file, ssh);
    }

    @Test
    void firstValueWinsAndIdentityFilesAccumulate() throws IOException {
        SshConfig config = parse("""
                Host xen-pv
                  HostName 10.0.0.5
                  IdentityFile ~/.ssh/pv
                Host *
                  HostName ignored.example
                  User bench
                  IdentityFile ~/.ssh/common
                """);

        Map<String, List<String>> s = config.lookup("xen-pv");

        assertEquals(List.of("10.0.0.5"), s.get("hostname"));
        assertEquals(List.of("bench"), s.get("user"));
        assertEquals(List.of("~/.ssh/pv", "~/.ssh/common"), s.get("identityfile"));
    }

    @Test
    void keywordsAreCaseInsensitiveAndTakeEqualsSignsAndQuotes() throws IOException {
        SshConfig config = parse("""
                host pv
                  PORT=2222
                  user = alice
                  identityfile "/keys/my key"
                """);

        Map<String, List<String>> s = config.lookup("pv");

        assertEquals(List.of("2222"), s.get("port"));
        assertEquals(List.of("alice"), s.get("user"));
        assertEquals(List.of("/keys/my key"), s.get("identityfile"));
    }

    @Test
    void wildcardsAndNegationSelectHosts() throws IOException {
        SshConfig config = parse("""
                Host xen-* !xen-hvm
                  User pv-user
                Host xen-h?m
                  User hvm-user
                """);

        assertEquals(List.of("pv-user"), config.lookup("xen-pv").get("user"));
        assertEquals(List.of("hvm-user"), config.lookup("xen-hvm").get("user"));
        assertNull(config.lookup("kvm").get("user"));
    }

    @Test
    void onlyANamedHostCountsAsAnAlias() throws IOException {
        SshConfig config = parse("""
                Host *
                  User everyone
                Host pv
                  HostName 10.0.0.5
                """);

        assertTrue(config.names("pv"));
        assertFalse(config.names("typo"));
    }

    @Test
    void includedFilesAreReadInPlace() throws IOException {
        Files.createDirectories(ssh.resolve("config.d"));
        Files.writeString(ssh.resolve("config.d/lab"), "Host lab-pv\n  HostName 192.168.1.20\n");

        SshConfig config = parse("Include config.d/*\nHost *\n  User bench\n");

        assertTrue(config.names("lab-pv"));
        assertEquals(List.of("192.168.1.20"), config.lookup("lab-pv").get("hostname"));
        assertEquals(List.of("bench"), config.lookup("lab-pv").get("user"));
    }

    @Test
    void matchBlocksOtherThanMatchAllAreSkipped() throws IOException {
        SshConfig config = parse("""
                Match exec "true"
                  User from-match
                Match all
                  Port 2200
                """);

        assertNull(config.lookup("any").get("user"));
        assertEquals(List.of("2200"), config.lookup("any").get("port"));
    }
}
