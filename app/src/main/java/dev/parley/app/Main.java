package dev.parley.app;

import io.helidon.logging.common.LogConfig;

/** Starts Parley from the environment and serves until the process is stopped. */
public final class Main {
  /** The exit code for configuration Parley cannot run with. */
  static final int BAD_CONFIGURATION = 2;

  private Main() {}

  public static void main(String[] args) {
    switch (Configuration.parse(System.getenv())) {
      case Configuration.Parsed.Invalid invalid -> {
        System.err.println("parley: bad configuration: " + invalid.problem());
        System.exit(BAD_CONFIGURATION);
      }
      case Configuration.Parsed.Valid valid -> {
        LogConfig.configureRuntime();
        Configuration config = valid.configuration();
        Parley parley =
            Parley.start(config, PersonaWiring.catalogue(config, System.getenv()), System.out);
        // SIGTERM drains the node; kill -9 is the way to stop it at once
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(() -> parley.shutDown(config.shutdownGrace()), "parley-shutdown"));
      }
    }
  }
}
