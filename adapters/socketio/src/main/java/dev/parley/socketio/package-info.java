/**
 * A generic Socket.IO v5 server over the Engine.IO v4 layer of {@code dev.parley.socketio.engine},
 * indistinguishable from the Node reference server for socket.io-client v4.
 *
 * <ul>
 *   <li>Codec, pure and separate from transport and state: {@link
 *       dev.parley.socketio.SocketIoPacket}, {@link dev.parley.socketio.SocketIoEncoder}, {@link
 *       dev.parley.socketio.SocketIoDecoder}.
 *   <li>Server API: {@link dev.parley.socketio.SocketIoServer} (mounted on a Helidon WebServer
 *       beside the application's routes), {@link dev.parley.socketio.Namespace} (middlewares,
 *       connection handlers, broadcasts), {@link dev.parley.socketio.Socket} (events, acks, rooms,
 *       data), {@link dev.parley.socketio.BroadcastOperator}.
 *   <li>Rooms across nodes: {@link dev.parley.socketio.RoomAdapter}, in-process by default ({@link
 *       dev.parley.socketio.InMemoryRoomAdapter}).
 * </ul>
 *
 * <p>Handlers run off the connection's read thread, in arrival order per socket.
 */
package dev.parley.socketio;
