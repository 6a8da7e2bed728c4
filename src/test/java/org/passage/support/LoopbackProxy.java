package org.passage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that hands each new connection to the next backend in turn and skips one that refuses
 * to connect (a dead node), as a load balancer in front of several app nodes would. Tests only.
 */
public final class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, AtomicLong> connections = new ConcurrentHashMap<>();

    private LoopbackProxy(ServerSocket server, List<Integer> backends) {
        this.server = server;
        this.backends = List.copyOf(backends);
        backends.forEach(port -> connections.put(port, new AtomicLong()));
    }

    public static LoopbackProxy start(List<Integer> backendPorts) throws IOException {
        var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var proxy = new LoopbackProxy(server, backendPorts);
        Thread.ofPlatform().daemon().name("loopback-proxy").start(proxy::accept);
        return proxy;
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public long connectionsTo(int backend) {
        return connections.get(backend).get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Socket backend = null;
        for (int attempt = 0; attempt < backends.size() && backend == null; attempt++) {
            int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            try {
                var socket = new Socket();
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
                backend = socket;
                connections.get(port).incrementAndGet();
            } catch (IOException refused) {
                // that node is down: the next one
            }
        }
        if (backend == null) {
            close(client);
            return;
        }
        Socket upstream = backend;
        Thread.ofVirtual().start(() -> pipe(client, upstream));
        pipe(upstream, client);
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
