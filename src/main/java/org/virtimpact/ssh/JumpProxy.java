package org.virtimpact.ssh;

import com.jcraft.jsch.Channel;
import com.jcraft.jsch.Proxy;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Carries the next SSH connection through a jump host's "direct-tcpip" channel, as OpenSSH's
 * ProxyJump does: no local port is opened, and the next host's key is checked under its own
 * name, not as localhost.
 */
final class JumpProxy implements Proxy {

    private static final long POLL_MILLIS = 5;

    private final Session jump;
    private final Duration handshakeTimeout;
    private Channel channel;
    private DeadlineInput in;
    private OutputStream out;

    JumpProxy(Session jump, Duration handshakeTimeout) {
        this.jump = jump;
        this.handshakeTimeout = handshakeTimeout;
    }

    @Override
    public void connect(SocketFactory ignored, String host, int port, int timeoutMillis) throws Exception {
        channel = jump.getStreamForwarder(host, port);
        // both streams must exist before the channel connects, or early bytes are lost
        in = new DeadlineInput(channel.getInputStream(), channel,
                System.nanoTime() + handshakeTimeout.toNanos());
        out = channel.getOutputStream();
        channel.connect(timeoutMillis);
    }

    /** Called once the SSH session through this proxy is up: reads may block for as long as they like. */
    void handshakeDone() {
        if (in != null) {
            in.handshaking = false;
        }
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public Socket getSocket() {
        // no socket: JSch then sets no read timeout, which DeadlineInput provides during the handshake
        return null;
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.disconnect();
        }
    }

    /**
     * JSch's channel stream blocks without limit while a silent host says nothing; during the
     * handshake this waits at most until the deadline, as a socket's read timeout would.
     */
    private static final class DeadlineInput extends InputStream {

        private final InputStream delegate;
        private final Channel channel;
        private final long deadline;
        private volatile boolean handshaking = true;

        DeadlineInput(InputStream delegate, Channel channel, long deadline) {
            this.delegate = delegate;
            this.channel = channel;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            awaitData();
            return delegate.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            awaitData();
            return delegate.read(b, off, len);
        }

        private void awaitData() throws IOException {
            while (handshaking && delegate.available() == 0 && !channel.isEOF()
                    && !channel.isClosed()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new SocketTimeoutException("timeout: no answer through the jump host");
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the host behind the jump host", e);
                }
            }
        }

        @Override
        public int available() throws IOException {
            return delegate.available();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
