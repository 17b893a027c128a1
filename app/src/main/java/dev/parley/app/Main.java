package dev.parley.app;

import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;

/** Starts Parley: reads the configuration, wires the adapters and serves until stopped. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogConfig.configureRuntime();
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "5000"));
    WebServer server =
        WebServer.builder()
            .port(port)
            .routing(r -> r.get("/observe/health", (req, res) -> res.send("{\"status\":\"UP\"}")))
            .build()
            .start();
    System.out.println("Parley listening on http://localhost:" + server.port());
  }
}
