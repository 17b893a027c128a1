package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The callbacks application code registers. All run off the connection's read thread. */
public final class Handlers {
  private Handlers() {}

  /** Decides whether a socket may connect to a namespace; sees its handshake, may set its data. */
  @FunctionalInterface
  public interface Middleware {
    Admission admit(Socket socket) throws Exception;
  }

  @FunctionalInterface
  public interface ConnectionHandler {
    void onConnection(Socket socket) throws Exception;
  }

  @FunctionalInterface
  public interface EventHandler {
    void onEvent(Socket socket, List<JsonNode> args, Ack ack) throws Exception;
  }

  @FunctionalInterface
  public interface AnyEventHandler {
    void onEvent(Socket socket, String event, List<JsonNode> args, Ack ack) throws Exception;
  }

  /** An event another server node sent with serverSideEmit; {@code ack} answers that node. */
  @FunctionalInterface
  public interface ServerSideEmitHandler {
    void onEmit(List<JsonNode> args, Ack ack) throws Exception;
  }

  @FunctionalInterface
  public interface DisconnectHandler {
    void onDisconnect(Socket socket, DisconnectReason reason) throws Exception;
  }
}
