package dev.parley.plugins.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's side of the persona host process ({@link PersonaHostMain}): starts it with an empty
 * environment and its own heap, sends it requests and routes its answers, and starts it again on
 * the next request after it died (not sooner than {@link Options#restartPause} after the last
 * start, so a plugin that kills it at load cannot keep the server busy restarting it). Its stderr
 * goes to this server's log.
 */
final class PersonaHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PersonaHost.class.getName());

  /** How the host process is run. */
  record Options(int heapMegabytes, Duration restartPause) {
    static final Options DEFAULTS = new Options(256, Duration.ofSeconds(1));
  }

  /** The host is not running: it died during the request, or it is waiting to be restarted. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final Path pluginsDir;
  private final PluginSettings settings;
  private final List<String> reservedIds;
  private final Options options;
  private final Consumer<JsonNode> observer;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong starts = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Process process;
  private PrintWriter toHost;
  private Instant lastStart = Instant.EPOCH;
  private boolean closed;

  /** {@code observer} sees every answer of the host, awaited or not. */
  PersonaHost(
      Path pluginsDir,
      PluginSettings settings,
      List<String> reservedIds,
      Options options,
      Consumer<JsonNode> observer) {
    this.pluginsDir = pluginsDir;
    this.settings = settings.onlyWhatPluginsRead();
    this.reservedIds = List.copyOf(reservedIds);
    this.options = options;
    this.observer = observer;
  }

  /** Times the host process was started, the first start included. */
  long starts() {
    return starts.get();
  }

  synchronized boolean running() {
    return process != null && process.isAlive();
  }

  /**
   * Sends {@code request} (an {@code id} is added) and waits for its answer at most {@code
   * timeout}. Interrupted, it tells the host to abandon the request and rethrows.
   */
  JsonNode call(ObjectNode request, Duration timeout)
      throws InterruptedException, Unavailable, TimeoutException {
    long id = ids.incrementAndGet();
    request.put("id", id);
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      send(request);
      return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException | TimeoutException e) {
      cancel(id);
      throw e;
    } catch (ExecutionException e) {
      throw new Unavailable(e.getCause().getMessage());
    } finally {
      pending.remove(id);
    }
  }

  private void cancel(long id) {
    try {
      send(HostWire.object().put("op", "cancel").put("of", id));
    } catch (Unavailable e) {
      // gone already: nothing to cancel
    }
  }

  private synchronized void send(ObjectNode request) throws Unavailable {
    ensureRunning();
    toHost.println(HostWire.line(request));
    if (toHost.checkError()) {
      throw new Unavailable("the persona host stopped");
    }
  }

  private void ensureRunning() throws Unavailable {
    if (closed) {
      throw new Unavailable("the persona host is closed");
    }
    if (process != null && process.isAlive()) {
      return;
    }
    Instant now = Instant.now();
    if (now.isBefore(lastStart.plus(options.restartPause()))) {
      throw new Unavailable("the persona host is restarting");
    }
    lastStart = now;
    try {
      process = launch();
    } catch (IOException e) {
      LOG.log(Level.WARNING, e, () -> "Persona host could not be started");
      throw new Unavailable("the persona host could not be started");
    }
    starts.incrementAndGet();
    toHost =
        new PrintWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    toHost.println(HostWire.line(hello()));
    Process started = process;
    Thread.ofVirtual().name("persona-host-answers").start(() -> readAnswers(started));
    Thread.ofVirtual().name("persona-host-log").start(() -> logErrors(started));
  }

  private Process launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.heapMegabytes() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PersonaHostMain.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command);
    // Nothing of the server's environment: what plugins may read comes in the first line.
    builder.environment().clear();
    return builder.start();
  }

  private ObjectNode hello() {
    ObjectNode hello = HostWire.object().put("plugins_dir", pluginsDir.toString());
    ObjectNode variables = hello.putObject("settings");
    settings.environment().forEach(variables::put);
    ObjectNode grants = hello.putObject("grants");
    settings.grants().forEach((plugin, names) -> names.forEach(grants.putArray(plugin)::add));
    reservedIds.forEach(hello.putArray("reserved")::add);
    return hello;
  }

  private void readAnswers(Process host) {
    try (BufferedReader answers =
        new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = answers.readLine()) != null) {
        JsonNode answer;
        try {
          answer = HostWire.read(line);
        } catch (IllegalArgumentException e) {
          LOG.warning(() -> "Persona host wrote something that is not an answer; ignored");
          continue;
        }
        observer.accept(answer);
        CompletableFuture<JsonNode> waiting = pending.get(answer.path("id").asLong());
        if (waiting != null) {
          waiting.complete(answer);
        }
      }
    } catch (IOException e) {
      // the process is gone: handled below
    }
    int status = waitFor(host);
    LOG.warning(
        () ->
            "Persona host exited (status "
                + status
                + "); its turns in flight failed, it starts again on the next request");
    for (CompletableFuture<JsonNode> waiting : pending.values()) {
      waiting.completeExceptionally(new Unavailable("the persona host stopped"));
    }
  }

  private static int waitFor(Process host) {
    try {
      return host.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void logErrors(Process host) {
    try (BufferedReader errors =
        new BufferedReader(new InputStreamReader(host.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = errors.readLine()) != null) {
        String logged = line;
        LOG.info(() -> "persona host: " + logged);
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (process != null) {
      toHost.close();
      process.destroy();
      try {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
