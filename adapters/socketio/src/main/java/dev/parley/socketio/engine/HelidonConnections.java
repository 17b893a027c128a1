package dev.parley.socketio.engine;

import io.helidon.webserver.ConnectionContext;
import java.lang.reflect.Field;
import java.util.Optional;

/**
 * Reaches the connection behind a Helidon request or WebSocket session. Helidon 4.5 exposes
 * neither; both keep their {@link ConnectionContext} in a private field. Every use has a fallback
 * for when this fails (another Helidon version): callers get an empty result.
 */
final class HelidonConnections {
  private HelidonConnections() {}

  /** The connection of a Helidon HTTP/1 request or WebSocket session, if it can be reached. */
  static Optional<ConnectionContext> of(Object requestOrSession) {
    try {
      return Optional.of(
          (ConnectionContext) fieldOfType(requestOrSession, ConnectionContext.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The first field of {@code owner} (or its superclasses) whose type is a {@code wanted}. */
  static Object fieldOfType(Object owner, Class<?> wanted) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (wanted.isAssignableFrom(field.getType())) {
          field.setAccessible(true);
          return field.get(owner);
        }
      }
    }
    throw new NoSuchFieldException("no " + wanted.getSimpleName() + " in " + owner.getClass());
  }
}
