package org.analecta.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on the loopback interface in front of a real server, that a test can make
 * stop answering as a crashed or unreachable server does: the open connections are cut,
 * and new ones are accepted but never answered (the worst case for a client: nothing
 * refuses, nothing replies). Answering again forwards new connections as before.
 */
final class LoopbackProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean answering = true;

	LoopbackProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("proxy-accept").start(this::acceptLoop);
	}

	int port() {
		return server.getLocalPort();
	}

	void stopAnswering() {
		answering = false;
		for (Socket s : open) {
			closeQuietly(s);
		}
		open.clear();
	}

	void answerAgain() {
		answering = true;
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				open.add(client);
				if (!answering) {
					continue; // held open, never read from, never answered
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(upstream);
				Thread.ofVirtual().start(() -> pump(client, upstream));
				Thread.ofVirtual().start(() -> pump(upstream, client));
			}
			catch (IOException e) {
				// closed, or the target refused: the client sees its connection dropped
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException e) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		}
		catch (IOException e) {
			// already closed
		}
	}

	@Override
	public void close() {
		stopAnswering();
		try {
			server.close();
		}
		catch (IOException e) {
			// already closed
		}
	}

}
