package dev.parley.socketio.engine;

import io.helidon.common.buffers.DataReader;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;

/**
 * Tells whether the client of a pending long-poll is still connected.
 *
 * <p>Helidon calls nothing when a client closes its connection while a handler waits, and the
 * request exposes no connection. The HTTP/1 request keeps its {@link ConnectionContext} in a
 * private field, which leads to the socket:
 *
 * <ul>
 *   <li>Helidon's default NIO socket: with its channel briefly non-blocking, the connection's own
 *       {@link DataReader} pulls whatever arrived, which tells EOF apart from "nothing yet" and
 *       keeps any bytes (a pipelined request) for the next request. Nobody else reads the
 *       connection while its handler runs.
 *   <li>The classic socket: its idle monitor ({@link HelidonSocket#idle()}) reads in the
 *       background, keeps any byte for the next request and reports EOF through {@link
 *       HelidonSocket#isConnected()}. It gives up after the socket's read timeout, at once with the
 *       default of none, so that timeout is raised to "nearly infinite" first (Helidon closes idle
 *       connections with its own timer, not with this timeout).
 * </ul>
 *
 * Anywhere else (TLS, another Helidon version) the watch says "connected", and a dead poller is
 * found by the ping timeout, as any dead peer.
 */
final class PollConnectionWatch {
  private static final System.Logger LOG = System.getLogger(PollConnectionWatch.class.getName());
  private static final BooleanSupplier ALWAYS_CONNECTED = () -> true;
  private static volatile boolean unavailableLogged;

  private PollConnectionWatch() {}

  /** Starts watching the connection of {@code request}; call the result on the handler thread. */
  static BooleanSupplier of(ServerRequest request) {
    try {
      ConnectionContext connection =
          HelidonConnections.of(request)
              .orElseThrow(() -> new IllegalStateException("no connection in the request"));
      HelidonSocket socket = connection.serverSocket();
      return switch (socket.getClass().getSimpleName()) {
        case "NioSocket" -> nioWatch(socket, connection.dataReader());
        case "PlainSocket" -> idleWatch(socket);
        default -> unavailable(socket.getClass().getName());
      };
    } catch (ReflectiveOperationException | IOException | RuntimeException e) {
      return unavailable(e.toString());
    }
  }

  private static BooleanSupplier nioWatch(HelidonSocket socket, DataReader reader)
      throws ReflectiveOperationException {
    SocketChannel channel =
        (SocketChannel) HelidonConnections.fieldOfType(socket, SocketChannel.class);
    return () -> peerStillThere(channel, reader);
  }

  private static boolean peerStillThere(SocketChannel channel, DataReader reader) {
    if (reader.available() > 0) {
      // the client already sent its next request: it is there
      return true;
    }
    try {
      channel.configureBlocking(false);
      try {
        // appends whatever arrived to the reader, where the next request is parsed from
        reader.pullData();
        return true;
      } catch (IllegalStateException nothingYet) {
        // NioSocket's complaint about a read of 0 bytes: the peer is quiet but there
        return true;
      } finally {
        channel.configureBlocking(true);
      }
    } catch (IOException | RuntimeException e) {
      // end of stream or a reset
      return false;
    }
  }

  private static BooleanSupplier idleWatch(HelidonSocket socket)
      throws ReflectiveOperationException, IOException {
    Socket raw = (Socket) HelidonConnections.fieldOfType(socket, Socket.class);
    if (raw.getSoTimeout() == 0) {
      raw.setSoTimeout(Integer.MAX_VALUE);
    }
    socket.idle();
    return socket::isConnected;
  }

  private static BooleanSupplier unavailable(String why) {
    if (!unavailableLogged) {
      unavailableLogged = true;
      LOG.log(
          System.Logger.Level.INFO,
          "aborted long-polls will be found by the ping timeout: cannot watch connections ("
              + why
              + ")");
    }
    return ALWAYS_CONNECTED;
  }
}
