package dev.parley.socketio;

import dev.parley.socketio.engine.EngineOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * Socket.IO server settings; {@link #defaults()} are the Node server's.
 *
 * @param engine the Engine.IO settings (path, heartbeat, maxHttpBufferSize as maxPayload...)
 * @param connectTimeout how long a new connection may stay without joining a namespace
 * @param ackTimeout the timeout of {@link Socket#emitWithAck(String, Object...)}
 * @param recovery connection state recovery
 * @param adapterFactory creates the room adapter of each namespace
 */
public record SocketIoOptions(
    EngineOptions engine,
    Duration connectTimeout,
    Duration ackTimeout,
    ConnectionStateRecovery recovery,
    RoomAdapter.Factory adapterFactory) {

  public SocketIoOptions {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(ackTimeout, "ackTimeout");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(adapterFactory, "adapterFactory");
  }

  public static SocketIoOptions defaults() {
    return new SocketIoOptions(
        EngineOptions.defaults(),
        Duration.ofSeconds(45),
        Duration.ofSeconds(10),
        ConnectionStateRecovery.off(),
        InMemoryRoomAdapter::new);
  }

  public SocketIoOptions withEngine(EngineOptions value) {
    return new SocketIoOptions(value, connectTimeout, ackTimeout, recovery, adapterFactory);
  }

  public SocketIoOptions withConnectTimeout(Duration value) {
    return new SocketIoOptions(engine, value, ackTimeout, recovery, adapterFactory);
  }

  public SocketIoOptions withAckTimeout(Duration value) {
    return new SocketIoOptions(engine, connectTimeout, value, recovery, adapterFactory);
  }

  public SocketIoOptions withRecovery(ConnectionStateRecovery value) {
    return new SocketIoOptions(engine, connectTimeout, ackTimeout, value, adapterFactory);
  }

  public SocketIoOptions withAdapterFactory(RoomAdapter.Factory value) {
    return new SocketIoOptions(engine, connectTimeout, ackTimeout, recovery, value);
  }
}
