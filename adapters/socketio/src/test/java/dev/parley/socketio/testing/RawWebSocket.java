package dev.parley.socketio.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** A minimal WebSocket client over a raw socket, for exact control of frames. */
public final class RawWebSocket implements AutoCloseable {
  public static final int TEXT = 1;
  public static final int BINARY = 2;
  public static final int CONTINUATION = 0;
  public static final int CLOSE = 8;
  public static final int PING = 9;
  public static final int PONG = 10;

  /** One frame as received. */
  public record Frame(int opcode, boolean fin, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    public int closeCode() {
      return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
    }

    /** The reason of a close frame, "" when it has none. */
    public String closeReason() {
      return payload.length > 2
          ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
          : "";
    }
  }

  public final int status;
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  private RawWebSocket(Socket socket, int status) throws IOException {
    this.socket = socket;
    this.status = status;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Connects and performs the opening handshake; check {@link #status} for 101. */
  public static RawWebSocket connect(int port, String pathAndQuery) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(5000);
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String request =
        "GET "
            + pathAndQuery
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(key)
            + "\r\n\r\n";
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    String statusLine = readLine(socket);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    String line;
    do {
      line = readLine(socket);
    } while (!line.isEmpty());
    return new RawWebSocket(socket, status);
  }

  private static String readLine(Socket socket) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = socket.getInputStream().read()) >= 0) {
      if (b == '\n') {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  public void sendText(String text) throws IOException {
    sendFrame(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
  }

  public void sendBinary(byte[] data) throws IOException {
    sendFrame(BINARY, true, data);
  }

  public synchronized void sendFrame(int opcode, boolean fin, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write((fin ? 0x80 : 0) | opcode);
    int length = payload.length;
    if (length < 126) {
      frame.write(0x80 | length);
    } else if (length < 65536) {
      frame.write(0x80 | 126);
      frame.write(length >>> 8);
      frame.write(length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) length >>> shift) & 0xff);
      }
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    frame.write(mask);
    for (int i = 0; i < length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    out.write(frame.toByteArray());
    out.flush();
  }

  /** The next frame, or null at EOF; throws SocketTimeoutException when nothing arrives in time. */
  public Frame readFrame(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      int first = in.read();
      if (first < 0) {
        return null;
      }
      int second = in.readUnsignedByte();
      long length = second & 0x7f;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      return new Frame(first & 0x0f, (first & 0x80) != 0, payload);
    } catch (java.io.EOFException e) {
      return null;
    } catch (java.net.SocketException e) {
      // reset by the server
      return null;
    }
  }

  /** The next data frame as text, skipping nothing; fails on anything else. */
  public String readText() throws IOException {
    Frame frame = readFrame(5000);
    if (frame == null || frame.opcode() != TEXT) {
      throw new IOException("expected a text frame, got " + describe(frame));
    }
    return frame.text();
  }

  /**
   * Reads frames until a close frame (returned) or EOF (null); throws when the connection is still
   * open after {@code timeoutMillis}.
   */
  public Frame awaitClose(int timeoutMillis) throws IOException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new SocketTimeoutException("no close within " + timeoutMillis + " ms");
      }
      Frame frame = readFrame((int) left);
      if (frame == null || frame.opcode() == CLOSE) {
        return frame;
      }
    }
  }

  public static String describe(Frame frame) {
    return frame == null ? "nothing" : "opcode " + frame.opcode() + " '" + frame.text() + "'";
  }

  /** Closes the TCP connection without a close frame. */
  @Override
  public void close() throws IOException {
    socket.close();
  }
}
