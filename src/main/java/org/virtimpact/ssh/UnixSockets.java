package org.virtimpact.ssh;

import com.jcraft.jsch.USocketFactory;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Reaches ssh-agent's Unix-domain socket with Java 16+'s own channels. JSch ships the same class
 * only in the Java 16 part of its multi-release jar, which a shaded jar without the
 * {@code Multi-Release} manifest entry does not see; then it would look for junixsocket instead.
 */
final class UnixSockets implements USocketFactory {

    @Override
    public SocketChannel connect(Path path) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(path));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public ServerSocketChannel bind(Path path) throws IOException {
        throw new IOException("VirtImpact never listens on a Unix socket");
    }
}
