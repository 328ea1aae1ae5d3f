package org.virtimpact.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.virtimpact.core.campaign.Environment;
import org.virtimpact.core.campaign.Target;

class PeerRefTest {

    private static Optional<Environment> local() {
        return Optional.of(new Environment("dom0", "native", "", Target.local(), "/tmp", ""));
    }

    private static Optional<Environment> ssh(String host) {
        return Optional.of(new Environment("dom0", "native", "", Target.ssh("root", host, 22, null, null), "/tmp", ""));
    }

    @Test
    void blankMeansNoPeer() {
        assertEquals(PeerRef.Kind.NONE, PeerRef.parse("  ").kind());
    }

    @Test
    void aHostIsAnUnmanagedPeerReachedThere() {
        PeerRef ref = PeerRef.parse("10.0.0.2");

        assertEquals(PeerRef.Kind.HOST, ref.kind());
        assertEquals(Optional.of("10.0.0.2"), ref.address(Optional.empty()));
    }

    @Test
    void anEnvironmentOnThisMachineIsReachedOnLoopback() {
        PeerRef ref = PeerRef.parse("@dom0");

        assertTrue(ref.managed());
        assertEquals("dom0", ref.environment());
        assertEquals(Optional.of("127.0.0.1"), ref.address(local()));
    }

    @Test
    void anSshEnvironmentIsReachedAtItsSshHost() {
        assertEquals(Optional.of("dom0.lab"), PeerRef.parse("@dom0").address(ssh("dom0.lab")));
    }

    @Test
    void aWrittenAddressWinsOverTheEnvironmentsOwn() {
        PeerRef ref = PeerRef.parse("@dom0 = 192.168.122.1");

        assertEquals("dom0", ref.environment());
        assertEquals(Optional.of("192.168.122.1"), ref.address(ssh("dom0.lab")));
    }

    @Test
    void environmentNamesMayHoldSpaces() {
        assertEquals("Xen dom0 (host)", PeerRef.parse("@Xen dom0 (host)").environment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "@=10.0.0.1", "two words", "@dom0=$(id)", "-p 1"})
    void refusesWhatIsNeitherAHostNorAnEnvironment(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerRef.parse(text));

        assertTrue(e.getMessage().contains("@ENV=ADDRESS"), e.getMessage());
    }
}
