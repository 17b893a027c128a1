package dev.parley.socketio.engine;

/** Malformed Engine.IO input; the only exception the {@link EngineCodec} decoders throw. */
public final class EngineParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public EngineParseException(String message) {
    super(message);
  }
}
