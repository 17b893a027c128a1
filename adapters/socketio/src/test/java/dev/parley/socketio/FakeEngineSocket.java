package dev.parley.socketio;

import dev.parley.socketio.engine.EngineHandshake;
import dev.parley.socketio.engine.EngineListener;
import dev.parley.socketio.engine.EngineMessage;
import dev.parley.socketio.engine.EngineSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** An Engine.IO session driven by the test: what the server sends is recorded, in order. */
final class FakeEngineSocket implements EngineSocket {
  record Sent(List<EngineMessage> messages, boolean droppable) {}

  private static int counter;
  private final String id = "engine" + (++counter);
  private final EngineListener listener;
  final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final EngineHandshake handshake =
      new EngineHandshake(
          Map.of("user-agent", List.of("test")),
          Map.of("EIO", "4", "transport", "websocket"),
          "127.0.0.1",
          "/socket.io/?EIO=4&transport=websocket",
          false,
          Instant.now());

  FakeEngineSocket(SocketIoServer server) {
    this.listener = server.engineListener();
    listener.onOpen(this);
  }

  void receive(String text) {
    listener.onMessage(this, new EngineMessage.Text(text));
  }

  void receive(byte[] binary) {
    listener.onMessage(this, new EngineMessage.Binary(binary));
  }

  /** The client went away (as the engine reports it). */
  void drop(String reason) {
    if (open.compareAndSet(true, false)) {
      listener.onClose(this, reason);
    }
  }

  /** The next text message the server sent, waiting up to 5 s. */
  String nextText() throws InterruptedException {
    EngineMessage message = next().messages().get(0);
    return ((EngineMessage.Text) message).data();
  }

  Sent next() throws InterruptedException {
    Sent next = sent.poll(5, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("the server sent nothing within 5 s");
    }
    return next;
  }

  /** Nothing more arrives within this many milliseconds. */
  boolean quietFor(long millis) throws InterruptedException {
    return sent.poll(millis, TimeUnit.MILLISECONDS) == null;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public EngineHandshake handshake() {
    return handshake;
  }

  @Override
  public String transport() {
    return "websocket";
  }

  @Override
  public boolean send(List<EngineMessage> messages, boolean droppable) {
    if (!open.get()) {
      return false;
    }
    sent.add(new Sent(messages, droppable));
    return true;
  }

  @Override
  public void close() {
    if (open.compareAndSet(true, false)) {
      listener.onClose(this, "forced server close");
    }
  }

  @Override
  public boolean isOpen() {
    return open.get();
  }
}
