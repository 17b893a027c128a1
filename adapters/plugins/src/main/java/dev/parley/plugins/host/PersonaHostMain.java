package dev.parley.plugins.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The persona host process: the dropped-in plugins run here, in a JVM of their own, with an empty
 * environment and a small heap, so that a plugin that exits, fills its heap or keeps threads
 * running stops this process, never the server ({@link PersonaHost} starts it and starts it again).
 * It speaks {@link HostWire} on stdin and stdout; a plugin writing to {@code System.out} writes to
 * stderr instead, which the server logs.
 *
 * <p>The first line it reads says where the plugins are, what they may read and which persona ids
 * are reserved. Then each request runs on its own virtual thread: {@code list} rescans the
 * directory, {@code reply} runs one turn under its deadline, {@code cancel} abandons a turn the
 * server no longer waits for. A turn whose thread ignores the interrupt is reported {@code stuck};
 * past {@link #MAX_STUCK_THREADS} of them the process exits, to be started afresh.
 */
public final class PersonaHostMain {

  private static final Logger LOG = Logger.getLogger(PersonaHostMain.class.getName());

  /** Threads ignoring interrupts that the host carries before it starts afresh. */
  static final int MAX_STUCK_THREADS = 8;

  /** The exit status when the host gives up its stuck threads. */
  static final int EXIT_TOO_MANY_STUCK = 3;

  private final PluginPersonaCatalogue catalogue;
  private final PrintStream wire;
  private final Map<Long, Deadline.Call<PersonaReply>> turns = new ConcurrentHashMap<>();
  private final AtomicInteger stuckCount = new AtomicInteger();

  private PersonaHostMain(PluginPersonaCatalogue catalogue, PrintStream wire) {
    this.catalogue = catalogue;
    this.wire = wire;
  }

  public static void main(String[] args) throws IOException {
    PrintStream wire =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String first = in.readLine();
    if (first == null) {
      return;
    }
    JsonNode hello = HostWire.read(first);
    Map<String, String> environment = new LinkedHashMap<>();
    hello
        .path("settings")
        .properties()
        .forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
    Map<String, Set<String>> grants = new LinkedHashMap<>();
    hello
        .path("grants")
        .properties()
        .forEach(
            e -> {
              Set<String> names = new HashSet<>();
              e.getValue().forEach(name -> names.add(name.asText()));
              grants.put(e.getKey(), names);
            });
    Set<String> reserved = new HashSet<>();
    hello.path("reserved").forEach(id -> reserved.add(id.asText()));
    PluginPersonaCatalogue catalogue =
        PluginPersonaCatalogue.start(
            Path.of(hello.path("plugins_dir").asText()),
            PluginSettings.of(environment, grants),
            reserved);
    new PersonaHostMain(catalogue, wire).serve(in);
  }

  private void serve(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      JsonNode request = HostWire.read(line);
      Thread.ofVirtual().name("host-request").start(() -> answer(request));
    }
    // The server closed our stdin: it is gone or stopping us.
    System.exit(0);
  }

  private void answer(JsonNode request) {
    long id = request.path("id").asLong();
    ObjectNode response = HostWire.object().put("id", id);
    try {
      switch (request.path("op").asText()) {
        case "list" -> list(response);
        case "reply" -> reply(request, response);
        case "cancel" -> {
          Optional.ofNullable(turns.get(request.path("of").asLong()))
              .ifPresent(Deadline.Call::cancel);
          return;
        }
        default -> response.put("error", "unknown request " + request.path("op").asText());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Persona host: request " + id + " failed");
      response.put("error", String.valueOf(e));
    }
    send(response);
    if (stuckCount.get() > MAX_STUCK_THREADS) {
      LOG.warning(
          () ->
              "Persona host: "
                  + stuckCount.get()
                  + " persona threads ignore interrupts; starting afresh");
      System.exit(EXIT_TOO_MANY_STUCK);
    }
  }

  private void list(ObjectNode response) {
    ArrayNode personas = response.putArray("personas");
    for (var descriptor : catalogue.descriptors()) {
      catalogue
          .pluginPersona(descriptor.id())
          .ifPresent(
              persona ->
                  personas
                      .addObject()
                      .put("plugin", persona.pluginId())
                      .put("load", persona.load())
                      .set("descriptor", HostWire.tree(persona.descriptor())));
    }
  }

  private void reply(JsonNode request, ObjectNode response) {
    long id = request.path("id").asLong();
    String personaId = request.path("persona").asText();
    response.put("persona", personaId);
    Optional<PluginPersona> persona = catalogue.pluginPersona(personaId);
    if (persona.isEmpty()) {
      response.put("error", "no persona " + personaId);
      return;
    }
    response.put("load", persona.get().load());
    PersonaTurn turn = HostWire.turn(request.path("turn"));
    Deadline.Call<PersonaReply> call =
        Deadline.start("persona-" + personaId, () -> persona.get().reply(turn));
    turns.put(id, call);
    Deadline.Outcome<PersonaReply> outcome;
    try {
      outcome = call.await(Duration.ofMillis(request.path("deadline_ms").asLong(30_000)));
    } finally {
      turns.remove(id);
    }
    switch (outcome) {
      case Deadline.Outcome.Done<PersonaReply> done when done.value() == null ->
          response.put("error", "the persona gave no answer");
      case Deadline.Outcome.Done<PersonaReply> done ->
          response.set("reply", HostWire.tree(done.value()));
      case Deadline.Outcome.Threw<PersonaReply> threw
          when threw.cause() instanceof PersonaCallRefused refused ->
          response.put("refused", refused.rejection().message());
      case Deadline.Outcome.Threw<PersonaReply> threw -> {
        LOG.log(Level.INFO, threw.cause(), () -> "Persona " + personaId + " failed its turn");
        response.put("error", String.valueOf(threw.cause()));
      }
      case Deadline.Outcome.TimedOut<PersonaReply> timedOut -> {
        if (timedOut.stuck()) {
          stuckCount.incrementAndGet();
        }
        response.put("timed_out", true).put("stuck", timedOut.stuck());
      }
    }
    response.put("stuck_threads", stuckCount.get());
  }

  private void send(ObjectNode response) {
    String line = HostWire.line(response);
    synchronized (wire) {
      wire.println(line);
    }
  }
}
