package org.virtimpact.ssh;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The logins that reach an environment: the jump hosts of its ProxyJump, in order, then the
 * environment itself. Each jump host's key is checked against known_hosts as strictly as the
 * environment's.
 *
 * @param connectTimeout the SSH config's ConnectTimeout when it sets one, else the options' timeout
 */
record Route(List<Hop> jumps, Hop destination, Duration connectTimeout) {

    Route {
        jumps = List.copyOf(jumps);
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** Jump hosts first, the destination last. */
    List<Hop> hops() {
        List<Hop> all = new ArrayList<>(jumps);
        all.add(destination);
        return List.copyOf(all);
    }

    /** For messages: {@code bench@guest:22 via admin@bastion:22}. */
    String describe() {
        if (jumps.isEmpty()) {
            return destination.login();
        }
        return destination.login() + " via " + String.join(", ", jumps.stream().map(Hop::login).toList());
    }
}
