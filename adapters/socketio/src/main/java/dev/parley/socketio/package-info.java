/** A generic Engine.IO v4 / Socket.IO v5 server on Helidon WebServer. */
package dev.parley.socketio;
