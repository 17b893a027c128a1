/**
 * The Engine.IO v4 server layer: pure codecs ({@link dev.parley.socketio.engine.EngineCodec}),
 * sessions ({@link dev.parley.socketio.engine.EngineSocket}) and the long-polling and WebSocket
 * transports on Helidon WebServer ({@link dev.parley.socketio.engine.EngineServer}).
 */
package dev.parley.socketio.engine;
