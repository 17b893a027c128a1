package dev.parley.socketio.engine;

import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.SocketContext;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket connection: either a session's own transport (opened with no sid) or an upgrade
 * probe for a polling session (opened with its sid). Helidon creates one instance per connection
 * and calls it sequentially on the connection's read thread; the session's packets are written by a
 * dedicated virtual thread, so no sender ever blocks on a slow peer.
 */
final class WebSocketConnection implements WsListener {
  static final int NORMAL_CLOSURE = 1000;
  static final int MESSAGE_TOO_BIG = 1009;

  private final EngineServer server;
  private final AtomicBoolean socketClosed = new AtomicBoolean();
  private volatile WsSession ws;
  private volatile EngineSession session;
  private volatile Thread writer;
  private volatile boolean writerDone;

  /** The upgrade request as a handshake; the peer's address is filled in on open. */
  private EngineHandshake request;

  private String sid;

  /** The message being assembled from fragments; null between messages. */
  private ByteArrayOutputStream fragments;

  private boolean fragmentsAreText;

  WebSocketConnection(EngineServer server) {
    this.server = server;
  }

  @Override
  public Optional<Headers> onHttpUpgrade(HttpPrologue upgradePrologue, Headers headers)
      throws WsUpgradeException {
    EngineError refusal = server.checkWebSocketRequest(upgradePrologue.query(), headers);
    if (refusal != null) {
      throw new WsUpgradeException(refusal.message());
    }
    // request headers exist only here: copy them for the handshake
    this.request =
        EngineServer.handshakeOf(
            headers, upgradePrologue.query(), null, upgradePrologue.uriPath().rawPath(), false);
    this.sid = upgradePrologue.query().first("sid").orElse(null);
    return Optional.empty();
  }

  @Override
  public void onOpen(WsSession wsSession) {
    this.ws = wsSession;
    if (sid == null) {
      SocketContext socket = wsSession.socketContext();
      EngineHandshake handshake =
          new EngineHandshake(
              request.headers(),
              request.query(),
              EngineServer.addressOf(socket.remotePeer().address()),
              request.url(),
              socket.isSecure(),
              request.issued());
      session = server.openSession(handshake, this);
      if (session == null) {
        closeSocket(NORMAL_CLOSURE);
      }
      return;
    }
    EngineSession target = server.find(sid);
    if (target == null || !target.beginUpgrade(this)) {
      // Node closes a second WebSocket for a session that is upgrading or upgraded
      closeSocket(NORMAL_CLOSURE);
      return;
    }
    session = target;
  }

  @Override
  public void onMessage(WsSession wsSession, String text, boolean last) {
    if (fragments == null && last) {
      if (EngineCodec.utf8Length(text) > server.options().maxPayload()) {
        tooBig();
        return;
      }
      dispatchText(text);
      return;
    }
    // Helidon decodes each fragment on its own; keep the bytes and cap the assembled size
    append(text.getBytes(StandardCharsets.UTF_8), true);
    if (last && fragments != null) {
      byte[] bytes = fragments.toByteArray();
      fragments = null;
      try {
        dispatchText(EngineCodec.decodeUtf8(bytes));
      } catch (EngineParseException e) {
        parseError();
      }
    }
  }

  @Override
  public void onMessage(WsSession wsSession, BufferData buffer, boolean last) {
    byte[] bytes = new byte[buffer.available()];
    buffer.read(bytes);
    if (fragments == null && last) {
      if (bytes.length > server.options().maxPayload()) {
        tooBig();
        return;
      }
      dispatch(new EnginePacket.BinaryMessage(bytes));
      return;
    }
    append(bytes, false);
    if (last && fragments != null) {
      byte[] message = fragments.toByteArray();
      fragments = null;
      dispatch(new EnginePacket.BinaryMessage(message));
    }
  }

  private void append(byte[] bytes, boolean text) {
    if (fragments == null) {
      fragments = new ByteArrayOutputStream();
      fragmentsAreText = text;
    } else if (fragmentsAreText != text) {
      fragments = null;
      parseError();
      return;
    }
    if ((long) fragments.size() + bytes.length > server.options().maxPayload()) {
      fragments = null;
      tooBig();
      return;
    }
    fragments.writeBytes(bytes);
  }

  private void dispatchText(String text) {
    EnginePacket packet;
    try {
      packet = EngineCodec.decodePacket(text);
    } catch (EngineParseException e) {
      parseError();
      return;
    }
    dispatch(packet);
  }

  private void dispatch(EnginePacket packet) {
    EngineSession current = session;
    if (current != null) {
      current.receiveFromWebSocket(this, packet);
    }
  }

  private void parseError() {
    EngineSession current = session;
    if (current != null) {
      current.webSocketParseError(this);
    }
    closeSocket(NORMAL_CLOSURE);
  }

  private void tooBig() {
    closeSocket(MESSAGE_TOO_BIG);
    EngineSession current = session;
    if (current != null) {
      current.webSocketEnded(this, "transport error");
    }
  }

  @Override
  public void onPing(WsSession wsSession, BufferData buffer) {
    wsSession.pong(buffer);
  }

  @Override
  public void onClose(WsSession wsSession, int status, String reason) {
    socketClosed.set(true);
    EngineSession current = session;
    if (current != null) {
      current.webSocketEnded(this, "transport close");
    }
  }

  @Override
  public void onError(WsSession wsSession, Throwable t) {
    EngineSession current = session;
    if (current != null) {
      current.webSocketEnded(this, "transport error");
    }
  }

  // ---- used by the session ----

  /** Writes one packet now, blocking until written; false when the write failed. */
  boolean sendNow(EnginePacket packet) {
    WsSession current = ws;
    if (current == null || socketClosed.get()) {
      return false;
    }
    try {
      if (packet instanceof EnginePacket.BinaryMessage binary) {
        current.send(BufferData.create(binary.data()), true);
      } else {
        current.send(EngineCodec.encodePacket(packet), true);
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Starts the one writer of this connection, draining {@code owner}'s outbound queue. */
  void startWriter(EngineSession owner) {
    Thread.ofVirtual().name("engine-ws-writer-" + owner.id()).start(() -> writeLoop(owner));
  }

  private void writeLoop(EngineSession owner) {
    writer = Thread.currentThread();
    try {
      EnginePacket packet;
      while ((packet = owner.nextOutbound(this)) != null) {
        if (!sendNow(packet)) {
          owner.webSocketEnded(this, "transport error");
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writerDone = true;
    closeSocket(NORMAL_CLOSURE);
  }

  /**
   * Drops the TCP connection when the writer is still stuck on a peer that does not read. A close
   * frame cannot help there: it would queue behind the stuck write.
   */
  void abortIfWriterStuck() {
    WsSession current = ws;
    if (writer == null || writerDone || current == null) {
      return;
    }
    HelidonConnections.of(current)
        .ifPresent(
            connection -> {
              try {
                connection.serverSocket().close();
              } catch (RuntimeException e) {
                // already gone
              }
            });
  }

  /**
   * Sends a close frame once, with no reason, as Node's ws does; Helidon ends the connection when
   * the peer answers it.
   */
  void closeSocket(int code) {
    WsSession current = ws;
    if (current != null && socketClosed.compareAndSet(false, true)) {
      try {
        current.close(code, "");
      } catch (RuntimeException e) {
        // the peer is gone already
      }
    }
  }
}
