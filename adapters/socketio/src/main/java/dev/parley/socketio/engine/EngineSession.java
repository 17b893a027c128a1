package dev.parley.socketio.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One Engine.IO session: its single outbound queue, heartbeat, transport state and upgrade.
 *
 * <p>All state sits behind one lock. The listener is never called with the lock held, so a listener
 * may send to any session from its callbacks. The queue has exactly one drainer at a time: the
 * pending long-poll GET, or the WebSocket writer once the session runs on WebSocket.
 */
final class EngineSession implements EngineSocket {
  private static final System.Logger LOG = System.getLogger(EngineSession.class.getName());
  private static final long POLL_CHECK_MILLIS = 100;

  /**
   * How long a poll waits during an upgrade before it is released with a noop (Node checks every
   * 100 ms). A poll the client sent just before completing the upgrade then sees the upgrade, as in
   * Node, instead of racing it.
   */
  private static final long UPGRADE_NOOP_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** How long a closed session's WebSocket writer may take to finish its last write. */
  private static final long WRITER_STUCK_MILLIS = 1000;

  /** What ends a pending long-poll other than queued packets. */
  private enum PollEnd {
    CLOSE_PACKET,
    NOOP_PACKET,
    DROP,
    /** The session moved to WebSocket while the poll waited. */
    UPGRADED
  }

  private enum State {
    OPEN,
    /** Closed for the application; the queue is still being flushed to the client. */
    CLOSING,
    CLOSED
  }

  /** The result of a long-poll GET. */
  sealed interface PollOutcome {
    record Payload(String body) implements PollOutcome {}

    record Rejected(EngineError error) implements PollOutcome {}

    /** The client went away; nothing is to be written. */
    record Aborted() implements PollOutcome {}
  }

  private final String id;
  private final EngineHandshake handshake;
  private final EngineOptions options;
  private final EngineListener listener;
  private final ScheduledExecutorService scheduler;
  private final Consumer<EngineSession> onClosed;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<EnginePacket> outbound = new ArrayDeque<>();

  /** The message bytes in {@link #outbound}, held against the outbound budget. */
  private long queuedBytes;

  private State state = State.OPEN;
  private WebSocketConnection webSocket;
  private WebSocketConnection probe;
  private boolean probeAnswered;
  private boolean pollPending;
  private PollEnd pollEnd;
  private boolean postPending;
  private ScheduledFuture<?> pingTask;
  private ScheduledFuture<?> pingTimeoutTask;
  private ScheduledFuture<?> upgradeTimeoutTask;
  private ScheduledFuture<?> closingGraceTask;

  /** When the client's next pong is due at the latest (System.nanoTime()). */
  private long pongDeadline;

  /** What the last poll of a closing polling session ends with: close, or noop for the client's. */
  private EnginePacket closingPacket = new EnginePacket.Close();

  EngineSession(
      String id,
      EngineHandshake handshake,
      EngineOptions options,
      EngineListener listener,
      ScheduledExecutorService scheduler,
      Consumer<EngineSession> onClosed) {
    this.id = id;
    this.handshake = handshake;
    this.options = options;
    this.listener = listener;
    this.scheduler = scheduler;
    this.onClosed = onClosed;
  }

  // ---- EngineSocket ----

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
    lock.lock();
    try {
      return webSocket != null ? EngineOptions.WEBSOCKET : EngineOptions.POLLING;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean send(List<EngineMessage> messages, boolean droppable) {
    List<EnginePacket> packets = messages.stream().map(EnginePacket::of).toList();
    long bytes = packets.stream().mapToLong(EngineCodec::payloadBytes).sum();
    long queued;
    lock.lock();
    try {
      if (state != State.OPEN) {
        return false;
      }
      queued = queuedBytes;
      // a client with nothing queued is reading: it gets even a message larger than the budget
      boolean behind = queued > 0;
      boolean overBudget = behind && queued + bytes > options.maxBufferedBytes();
      if (droppable && behind && queued + bytes > options.volatileBufferLimit()) {
        return false;
      }
      if (!overBudget) {
        outbound.addAll(packets);
        queuedBytes += bytes;
        changed.signalAll();
        return true;
      }
    } finally {
      lock.unlock();
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "closing session {0}: {1} bytes wait for a client that does not read them (budget {2})",
        id,
        queued + bytes,
        options.maxBufferedBytes());
    closeNow("transport error", PollEnd.CLOSE_PACKET);
    return false;
  }

  @Override
  public void close() {
    closeGracefully("forced server close");
  }

  @Override
  public boolean isOpen() {
    lock.lock();
    try {
      return state == State.OPEN;
    } finally {
      lock.unlock();
    }
  }

  // ---- opening ----

  /**
   * Starts the heartbeat and queues the open packet. The timers start before the handshake response
   * is written, so the ping timeout fires at pingInterval + pingTimeout after it.
   */
  void open(String openJson, WebSocketConnection initialWebSocket) {
    lock.lock();
    try {
      webSocket = initialWebSocket;
      outbound.add(new EnginePacket.Open(openJson));
      schedulePingLocked();
    } finally {
      lock.unlock();
    }
  }

  // ---- incoming packets (both transports) ----

  /** Handles packets from the client, in order, on the calling (read) thread. */
  void receive(EnginePacket packet) {
    switch (packet) {
      case EnginePacket.Pong pong -> onPong();
      case EnginePacket.Ping ping -> closeNow("transport error", PollEnd.CLOSE_PACKET);
      case EnginePacket.Close close -> closeNow("forced close", PollEnd.NOOP_PACKET);
      case EnginePacket.TextMessage text -> deliver(new EngineMessage.Text(text.data()));
      case EnginePacket.BinaryMessage binary -> deliver(new EngineMessage.Binary(binary.data()));
      case EnginePacket.Open open -> {
        // clients never send these; Node ignores them too
      }
      case EnginePacket.Upgrade upgrade -> {}
      case EnginePacket.Noop noop -> {}
    }
  }

  private void deliver(EngineMessage message) {
    if (isOpen()) {
      listener.onMessage(this, message);
    }
  }

  /** The client sent something that is not Engine.IO. */
  void parseError() {
    closeNow("parse error", PollEnd.CLOSE_PACKET);
  }

  // ---- long-polling ----

  /**
   * Serves a long-poll GET: waits until something is queued and returns all of it, or until the
   * session ends. {@code connected} tells whether the client is still there.
   */
  PollOutcome poll(BooleanSupplier connected) {
    PollOutcome outcome;
    boolean overdue;
    boolean overlap = false;
    lock.lock();
    try {
      overdue = pongOverdueLocked();
      if (state == State.CLOSED) {
        return new PollOutcome.Rejected(EngineError.UNKNOWN_SID);
      }
      if (webSocket != null) {
        return new PollOutcome.Rejected(EngineError.BAD_REQUEST);
      }
      if (overdue) {
        outcome = new PollOutcome.Rejected(EngineError.UNKNOWN_SID);
      } else if (!connected.getAsBoolean()) {
        // this poll was dropped before it got here, maybe behind a newer one
        outcome = new PollOutcome.Aborted();
      } else if (pollPending) {
        overlap = true;
        outcome = new PollOutcome.Rejected(EngineError.BAD_REQUEST);
      } else {
        pollPending = true;
        pollEnd = null;
        try {
          outcome = awaitPollLocked(connected);
        } finally {
          pollPending = false;
          pollEnd = null;
        }
      }
    } finally {
      lock.unlock();
    }
    if (overdue) {
      closeNow("ping timeout", PollEnd.CLOSE_PACKET);
    } else if (overlap) {
      // a second poll while one is pending: Node ends the session and the first poll gets close
      closeNow("transport error", PollEnd.CLOSE_PACKET);
    } else if (outcome instanceof PollOutcome.Aborted) {
      // the client dropped its poll: as Node's "poll connection closed prematurely"
      closeNow("transport error", null);
    }
    return outcome;
  }

  private PollOutcome awaitPollLocked(BooleanSupplier connected) {
    long pollStarted = System.nanoTime();
    while (true) {
      if (pollEnd == PollEnd.DROP) {
        return new PollOutcome.Aborted();
      }
      if (pollEnd == PollEnd.CLOSE_PACKET) {
        return new PollOutcome.Payload(EngineCodec.encodePacket(new EnginePacket.Close()));
      }
      if (pollEnd == PollEnd.NOOP_PACKET) {
        return new PollOutcome.Payload(EngineCodec.encodePacket(new EnginePacket.Noop()));
      }
      if (pollEnd == PollEnd.UPGRADED || webSocket != null) {
        return new PollOutcome.Rejected(EngineError.BAD_REQUEST);
      }
      if (state == State.CLOSING) {
        List<EnginePacket> packets = drainLocked();
        packets.add(closingPacket);
        finishClosingLocked();
        return new PollOutcome.Payload(EngineCodec.encodePayload(packets));
      }
      if (!outbound.isEmpty()) {
        return new PollOutcome.Payload(EngineCodec.encodePayload(drainLocked()));
      }
      long waitNanos = TimeUnit.MILLISECONDS.toNanos(POLL_CHECK_MILLIS);
      if (probeAnswered) {
        // an upgrade is under way: release the poll so the client can switch
        long releaseIn = UPGRADE_NOOP_DELAY_NANOS - (System.nanoTime() - pollStarted);
        if (releaseIn <= 0) {
          return new PollOutcome.Payload(EngineCodec.encodePacket(new EnginePacket.Noop()));
        }
        waitNanos = Math.min(waitNanos, releaseIn);
      }
      if (state == State.CLOSED) {
        return new PollOutcome.Payload(EngineCodec.encodePacket(new EnginePacket.Close()));
      }
      try {
        changed.awaitNanos(waitNanos);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PollOutcome.Aborted();
      }
      if (pollEnd == null && !connected.getAsBoolean()) {
        return new PollOutcome.Aborted();
      }
    }
  }

  private List<EnginePacket> drainLocked() {
    List<EnginePacket> packets = new ArrayList<>(outbound);
    clearOutboundLocked();
    return packets;
  }

  /**
   * Claims the POST slot; returns null when the POST may proceed, otherwise the error to answer. An
   * overlapping POST closes the session.
   */
  EngineError beginPost() {
    boolean overdue;
    boolean overlap;
    lock.lock();
    try {
      overdue = pongOverdueLocked();
      if (state == State.CLOSED) {
        return EngineError.UNKNOWN_SID;
      }
      if (webSocket != null) {
        return EngineError.BAD_REQUEST;
      }
      overlap = postPending;
      postPending = postPending || !overdue;
    } finally {
      lock.unlock();
    }
    if (overdue) {
      closeNow("ping timeout", PollEnd.CLOSE_PACKET);
      return EngineError.UNKNOWN_SID;
    }
    if (overlap) {
      closeNow("transport error", PollEnd.CLOSE_PACKET);
      return EngineError.BAD_REQUEST;
    }
    return null;
  }

  void endPost() {
    lock.lock();
    try {
      postPending = false;
    } finally {
      lock.unlock();
    }
  }

  /** A POST with a binary body (Engine.IO v3's) was refused: the session ends as in Node. */
  void badPost() {
    closeNow("transport error", PollEnd.CLOSE_PACKET);
  }

  // ---- WebSocket ----

  /**
   * Starts an upgrade probe from {@code connection}; false when the session cannot take one (it is
   * closed, already upgrading or upgraded).
   */
  boolean beginUpgrade(WebSocketConnection connection) {
    lock.lock();
    try {
      if (state != State.OPEN || probe != null || webSocket != null) {
        return false;
      }
      probe = connection;
      upgradeTimeoutTask =
          schedule(() -> abandonProbe(connection), options.upgradeTimeout().toMillis());
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Handles a packet arriving on a WebSocket: the probe's or the active transport's. */
  void receiveFromWebSocket(WebSocketConnection connection, EnginePacket packet) {
    boolean isProbe;
    lock.lock();
    try {
      isProbe = connection == probe;
      if (!isProbe && connection != webSocket) {
        return;
      }
    } finally {
      lock.unlock();
    }
    if (isProbe) {
      receiveProbe(connection, packet);
    } else if (!(packet instanceof EnginePacket.Ping ping && "probe".equals(ping.data()))) {
      receive(packet);
    }
  }

  private void receiveProbe(WebSocketConnection connection, EnginePacket packet) {
    if (packet instanceof EnginePacket.Ping ping && "probe".equals(ping.data())) {
      if (connection.sendNow(new EnginePacket.Pong("probe"))) {
        lock.lock();
        try {
          probeAnswered = true;
          changed.signalAll();
        } finally {
          lock.unlock();
        }
      }
    } else if (packet instanceof EnginePacket.Upgrade) {
      completeUpgrade(connection);
    } else {
      abandonProbe(connection);
    }
  }

  private void completeUpgrade(WebSocketConnection connection) {
    lock.lock();
    try {
      if (probe != connection || state == State.CLOSED) {
        return;
      }
      cancel(upgradeTimeoutTask);
      probe = null;
      probeAnswered = false;
      webSocket = connection;
      if (pollPending && pollEnd == null) {
        pollEnd = PollEnd.UPGRADED;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    connection.startWriter(this);
  }

  private void abandonProbe(WebSocketConnection connection) {
    lock.lock();
    try {
      if (probe != connection) {
        return;
      }
      cancel(upgradeTimeoutTask);
      probe = null;
      probeAnswered = false;
    } finally {
      lock.unlock();
    }
    connection.closeSocket(WebSocketConnection.NORMAL_CLOSURE);
  }

  /**
   * Waits for the next packet for the WebSocket writer of {@code connection}; null when the writer
   * should stop (the session closed, or the connection is no longer its transport).
   */
  EnginePacket nextOutbound(WebSocketConnection connection) throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        if (webSocket != connection || state == State.CLOSED) {
          return null;
        }
        EnginePacket packet = outbound.poll();
        if (packet != null) {
          queuedBytes -= EngineCodec.payloadBytes(packet);
          return packet;
        }
        if (state == State.CLOSING) {
          finishClosingLocked();
          return null;
        }
        changed.await();
      }
    } finally {
      lock.unlock();
    }
  }

  /** A WebSocket sent something that is not Engine.IO: a probe is dropped, a transport closes. */
  void webSocketParseError(WebSocketConnection connection) {
    boolean active;
    lock.lock();
    try {
      active = connection == webSocket;
    } finally {
      lock.unlock();
    }
    if (active) {
      parseError();
    } else {
      abandonProbe(connection);
    }
  }

  /** The WebSocket went away (close frame, error or failed write). */
  void webSocketEnded(WebSocketConnection connection, String reason) {
    boolean active;
    lock.lock();
    try {
      if (connection == probe) {
        cancel(upgradeTimeoutTask);
        probe = null;
        probeAnswered = false;
        return;
      }
      active = connection == webSocket;
    } finally {
      lock.unlock();
    }
    if (active) {
      closeNow(reason, null);
    }
  }

  // ---- heartbeat ----

  private void schedulePingLocked() {
    pongDeadline =
        System.nanoTime() + options.pingInterval().toNanos() + options.pingTimeout().toNanos();
    cancel(pingTask);
    pingTask = schedule(this::ping, options.pingInterval().toMillis());
  }

  private void ping() {
    lock.lock();
    try {
      if (state != State.OPEN) {
        return;
      }
      outbound.add(new EnginePacket.Ping(""));
      changed.signalAll();
      cancel(pingTimeoutTask);
      pingTimeoutTask =
          schedule(
              () -> closeNow("ping timeout", PollEnd.CLOSE_PACKET),
              options.pingTimeout().toMillis());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Whether the pong is overdue. The timer closes such a session, but a request that arrives first
   * (the timer runs late under load) must not find it alive.
   */
  private boolean pongOverdueLocked() {
    return state == State.OPEN && System.nanoTime() - pongDeadline > 0;
  }

  private void onPong() {
    lock.lock();
    try {
      if (state != State.OPEN) {
        return;
      }
      cancel(pingTimeoutTask);
      schedulePingLocked();
    } finally {
      lock.unlock();
    }
  }

  // ---- closing ----

  /**
   * Closes at once without flushing the queue. A pending poll ends with {@code pollAnswer} (the
   * close packet, a noop, or nothing when null).
   */
  void closeNow(String reason, PollEnd pollAnswer) {
    boolean notify;
    boolean waitForLastPoll;
    WebSocketConnection probeToClose;
    WebSocketConnection transportToClose;
    lock.lock();
    try {
      if (state == State.CLOSED) {
        return;
      }
      notify = state == State.OPEN;
      // The client closed with a POST while its next poll may still be on the way (it sends both
      // at once): keep the session a moment so that poll gets the noop, as if it came first.
      waitForLastPoll =
          notify && pollAnswer == PollEnd.NOOP_PACKET && !pollPending && webSocket == null;
      if (waitForLastPoll) {
        state = State.CLOSING;
        closingPacket = new EnginePacket.Noop();
        scheduleClosingGraceLocked();
      } else {
        state = State.CLOSED;
        cancel(closingGraceTask);
      }
      if (pollPending && pollEnd == null) {
        pollEnd = pollAnswer == null ? PollEnd.DROP : pollAnswer;
      }
      clearOutboundLocked();
      probeToClose = probe;
      probe = null;
      transportToClose = webSocket;
      stopTimersLocked();
      // a WebSocket writer wakes up, sees CLOSED and closes its socket
      changed.signalAll();
      if (transportToClose != null) {
        schedule(transportToClose::abortIfWriterStuck, WRITER_STUCK_MILLIS);
      }
    } finally {
      lock.unlock();
    }
    if (!waitForLastPoll) {
      onClosed.accept(this);
    }
    if (notify) {
      notifyClosed(reason);
    }
    if (probeToClose != null) {
      probeToClose.closeSocket(WebSocketConnection.NORMAL_CLOSURE);
    }
  }

  /**
   * Closes for the application now and flushes what is queued to the client first: on WebSocket the
   * writer drains the queue, on polling the next GET receives it followed by the close packet.
   */
  void closeGracefully(String reason) {
    WebSocketConnection probeToClose;
    lock.lock();
    try {
      if (state != State.OPEN) {
        return;
      }
      state = State.CLOSING;
      stopTimersLocked();
      probeToClose = probe;
      probe = null;
      // bounded: a client that never polls again, or a writer stuck on a stalled peer
      scheduleClosingGraceLocked();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    notifyClosed(reason);
    if (probeToClose != null) {
      probeToClose.closeSocket(WebSocketConnection.NORMAL_CLOSURE);
    }
  }

  /** A closing session waits this long for its last poll or for its writer to drain. */
  private void scheduleClosingGraceLocked() {
    closingGraceTask =
        schedule(
            () -> {
              WebSocketConnection stuck = null;
              lock.lock();
              try {
                if (state == State.CLOSING) {
                  finishClosingLocked();
                  stuck = webSocket;
                }
              } finally {
                lock.unlock();
              }
              if (stuck != null) {
                stuck.abortIfWriterStuck();
              }
            },
            options.pingTimeout().toMillis());
  }

  private void finishClosingLocked() {
    state = State.CLOSED;
    clearOutboundLocked();
    cancel(closingGraceTask);
    changed.signalAll();
    // the registry removal takes no session lock, so it is safe here
    onClosed.accept(this);
  }

  private void clearOutboundLocked() {
    outbound.clear();
    queuedBytes = 0;
  }

  boolean isClosed() {
    lock.lock();
    try {
      return state == State.CLOSED;
    } finally {
      lock.unlock();
    }
  }

  private void notifyClosed(String reason) {
    try {
      listener.onClose(this, reason);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "EngineListener.onClose failed for " + id, e);
    }
  }

  private void stopTimersLocked() {
    cancel(pingTask);
    cancel(pingTimeoutTask);
    cancel(upgradeTimeoutTask);
  }

  /** Runs {@code task} after {@code millis} on a fresh virtual thread, off the shared scheduler. */
  private ScheduledFuture<?> schedule(Runnable task, long millis) {
    try {
      return scheduler.schedule(
          () -> Thread.ofVirtual().name("engine-timer-" + id).start(task),
          millis,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // the server has shut down: its sessions are all closed already
      return null;
    }
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  @Override
  public String toString() {
    return "EngineSession[" + id + "]";
  }
}
