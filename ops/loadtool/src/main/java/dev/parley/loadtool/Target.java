package dev.parley.loadtool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test, seen by the scenarios: how to authenticate and where a negotiation room
 * comes from. Parley needs a signed-in account and real negotiations; the Node baseline accepts any
 * id; the echo server has no Socket.IO at all ({@link #raw}).
 */
sealed interface Target {
  /** Parley allows this many person messages per negotiation before its round limit ends it. */
  int MESSAGES_PER_NEGOTIATION = 10;

  String name();

  /** The server's HTTP base, {@code http://127.0.0.1:port}. */
  URI http();

  /** The same server for WebSocket, {@code ws://127.0.0.1:port/}. */
  default URI webSocketBase() {
    return URI.create("ws://" + http().getHost() + ":" + http().getPort() + "/");
  }

  boolean raw();

  String authJson();

  /** {@code count} fresh negotiation ids the account may join. */
  List<String> newNegotiations(int count);

  static Target of(String kind, String name, int port) {
    URI http = URI.create("http://127.0.0.1:" + port);
    return switch (kind) {
      case "parley" -> Parley.signIn(name, http);
      case "node" -> new Node(name, http);
      case "echo" -> new Echo(name, http);
      default -> throw new IllegalArgumentException("unknown server kind '" + kind + "'");
    };
  }

  /** Parley in DEV_MODE: the demo account owns every negotiation the tool uses. */
  record Parley(String name, URI http, String token, String personaId) implements Target {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient REST = HttpClient.newHttpClient();

    static Parley signIn(String name, URI http) {
      String login =
          call(
              http,
              "POST",
              "/api/auth/login",
              null,
              "{\"email\":\"demo@parley.dev\",\"password\":\"parley-demo-password\"}");
      String token = first(TOKEN, login, "access_token");
      String personas = call(http, "GET", "/api/personas", token, null);
      return new Parley(name, http, token, first(ID, personas, "persona id"));
    }

    @Override
    public boolean raw() {
      return false;
    }

    @Override
    public String authJson() {
      return "{\"token\":" + Frames.quote(token) + "}";
    }

    @Override
    public List<String> newNegotiations(int count) {
      List<String> ids = new ArrayList<>(count);
      String body =
          "{\"scenario_id\":\"salary-offer\",\"persona_id\":" + Frames.quote(personaId) + "}";
      for (int i = 0; i < count; i++) {
        ids.add(first(ID, call(http, "POST", "/api/negotiations", token, body), "negotiation id"));
      }
      return ids;
    }

    private static String first(Pattern pattern, String body, String what) {
      Matcher matcher = pattern.matcher(body);
      if (!matcher.find()) {
        throw new IllegalStateException("no " + what + " in " + body);
      }
      return matcher.group(1);
    }

    private static String call(URI http, String method, String path, String token, String json) {
      HttpRequest.Builder request = HttpRequest.newBuilder(http.resolve(path));
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      request.method(
          method,
          json == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      try {
        HttpResponse<String> response =
            REST.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
          throw new IllegalStateException(
              method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
      } catch (IOException e) {
        throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** The Node socket.io baseline: any token, any negotiation id. */
  record Node(String name, URI http) implements Target {
    @Override
    public boolean raw() {
      return false;
    }

    @Override
    public String authJson() {
      return "{\"token\":\"bench\"}";
    }

    @Override
    public List<String> newNegotiations(int count) {
      List<String> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ids.add(UUID.randomUUID().toString());
      }
      return ids;
    }
  }

  /** The bare WebSocket echo: the transport ceiling, chat scenario only. */
  record Echo(String name, URI http) implements Target {
    @Override
    public boolean raw() {
      return true;
    }

    @Override
    public String authJson() {
      return "";
    }

    @Override
    public List<String> newNegotiations(int count) {
      return new Node(name, http).newNegotiations(count);
    }
  }
}
