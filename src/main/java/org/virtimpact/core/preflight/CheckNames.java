package org.virtimpact.core.preflight;

import org.virtimpact.core.text.Message;

/** The names of the checks, as the tables' first column shows them; one place, so each is translated once. */
final class CheckNames {

    static final Message REACHABLE = Message.of("check.reachable", "reachable");
    static final Message HOST_KEY = Message.of("check.hostKey", "host key");
    static final Message AUTHENTICATED = Message.of("check.authenticated", "authenticated");
    static final Message FINGERPRINT = Message.of("check.fingerprint", "fingerprint");
    static final Message MODE = Message.of("check.mode", "mode");
    static final Message TOOLS = Message.of("check.tools", "tools");
    static final Message SCRATCH_DIR = Message.of("check.scratchDir", "scratch dir");
    static final Message FREE_SPACE = Message.of("check.freeSpace", "free space");
    static final Message SCRATCH_ON_DISK = Message.of("check.scratchOnDisk", "scratch on disk");
    static final Message ROOT = Message.of("check.root", "root");
    static final Message CLOCK = Message.of("check.clock", "clock");
    static final Message PEERS = Message.of("check.peers", "peers");
    static final Message MATRIX = Message.of("check.matrix", "matrix");
    static final Message HOST_FACTS = Message.of("check.hostFacts", "host facts");
    static final Message SAME_VM = Message.of("check.sameVm", "same VM");

    private CheckNames() {
    }

    static Message tool(String tool) {
        return Message.of("check.tool", "tool {0}", tool);
    }

    static Message peer(String service, int port) {
        return Message.of("check.peer", "peer {0} :{1}", service, Integer.toString(port));
    }
}
