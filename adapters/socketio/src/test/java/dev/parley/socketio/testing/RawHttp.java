package dev.parley.socketio.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@code HttpClient} hides: the bytes after a response's
 * header section. One connection; requests go one after the other on it (keep-alive).
 */
public final class RawHttp implements AutoCloseable {
  /** A response; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public RawHttp(int port) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(5000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends one request and reads its response: the body as its framing says, except that a HEAD
   * response is read as the header section alone, as a client must.
   */
  public Answer exchange(String method, String path, Map<String, String> headers, byte[] body) {
    try {
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      request.append("Host: 127.0.0.1\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body.length > 0) {
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read("HEAD".equals(method));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Answer exchange(String method, String path) {
    return exchange(method, path, Map.of(), new byte[0]);
  }

  /**
   * Writes {@code bytes} as they are and reads every response the server sends until it closes the
   * connection or {@code millis} pass with nothing more; a response is counted by its status line.
   */
  public List<Answer> sendRaw(byte[] bytes, int millis) {
    List<Answer> answers = new ArrayList<>();
    try {
      out.write(bytes);
      out.flush();
      socket.setSoTimeout(millis);
      while (true) {
        answers.add(read(false));
      }
    } catch (IOException endOfStreamOrQuiet) {
      return answers;
    }
  }

  /** The bytes that arrive within {@code millis} with no request outstanding. */
  public int strayBytes(long millis) {
    try {
      Thread.sleep(millis);
      return in.available();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer read(boolean head) throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    if (head || status == 204 || status == 304) {
      return new Answer(status, headers, new byte[0]);
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().strip(), 16);
          size > 0;
          size = Integer.parseInt(line().strip(), 16)) {
        body.write(in.readNBytes(size));
        line();
      }
      line();
      return new Answer(status, headers, body.toByteArray());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    return new Answer(status, headers, in.readNBytes(length));
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("connection closed mid-line: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
