package org.vnicconsole.console.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A TCP proxy in front of the control plane that holds back requests for one action by a fixed
 * time: a server slow on purpose. It forwards bytes unchanged (the signed Host stays the
 * proxy's), so the client cannot tell it from a slow server.
 */
final class DelayingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private volatile String slowAction = "";
    private volatile long delayMillis;

    DelayingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "delaying-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Holds every request of {@code action} back by {@code millis}. */
    void slowDown(String action, long millis) {
        this.slowAction = action.toLowerCase(Locale.ROOT);
        this.delayMillis = millis;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean requests) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (requests && isSlow(buffer, read)) {
                        Thread.sleep(delayMillis);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
            } finally {
                closeQuietly(to);
            }
        }, "delaying-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean isSlow(byte[] buffer, int length) {
        if (slowAction.isEmpty()) {
            return false;
        }
        String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return text.contains("x-zc-action: " + slowAction);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the other side
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
