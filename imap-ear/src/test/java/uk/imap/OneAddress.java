package uk.imap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one address people use in front of two servers, as a council's load balancer gives it: each connection goes
 * to the first server that takes it, so while that server lives everyone stays on it, and once it is gone new
 * connections go to the next. A plain TCP relay: it knows nothing of HTTP, sessions or cookies.
 */
public final class OneAddress implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final ServerSocket listener;
    private final List<Integer> memberPorts;
    private final ExecutorService relays = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "one-address");
        thread.setDaemon(true);
        return thread;
    });

    public OneAddress(List<Integer> memberPorts) throws IOException {
        this.memberPorts = List.copyOf(memberPorts);
        this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        relays.execute(this::acceptConnections);
    }

    public URL application() throws IOException {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/imap/").toURL();
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                relays.execute(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        for (int port : memberPorts) {
            Socket member = new Socket();
            try {
                member.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException down) {
                closeQuietly(member);
                continue;
            }
            relays.execute(() -> copy(client, member));
            copy(member, client);
            return;
        }
        closeQuietly(client);
    }

    /** Copies one direction until it ends, then closes both sides, so neither waits on a dead peer. */
    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException cut) {
            // the server died or the browser went away: both sides close below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing left to close
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        relays.shutdownNow();
    }
}
