/**
 * Rooms across nodes through Redis, on the wire format of Node's classic
 * {@code @socket.io/redis-adapter} 8.x, so Node nodes and {@code @socket.io/redis-emitter} work
 * with ours.
 *
 * <p>Wiring, once per process: {@code RedisConnections redis = RedisConnections.connect(url);} then
 * {@code new SocketIoServer(SocketIoOptions.defaults()
 * .withAdapterFactory(RedisRoomAdapter.factory(redis)))}; close the server, then {@code redis}.
 */
package dev.parley.redis;
