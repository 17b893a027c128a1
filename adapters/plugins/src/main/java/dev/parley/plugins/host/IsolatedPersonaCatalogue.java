package dev.parley.plugins.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The personas of dropped-in plugins, run in the persona host process ({@link PersonaHost}): a
 * plugin there can exit, exhaust its heap or leave threads running without stopping the server, and
 * reads none of the server's environment beyond its {@link PluginSettings}. The host is started
 * once the directory holds a plugin file. A turn the host cannot answer (it died during it) is
 * refused as unavailable; a persona that times out {@value Quarantine#LIMIT} times in a row is
 * suspended ({@link Quarantine}) until its plugin is upgraded. Turns that timed out and threads
 * that ignored the interrupt are counted for the metrics.
 */
public final class IsolatedPersonaCatalogue implements PersonaCatalogue, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(IsolatedPersonaCatalogue.class.getName());

  /** How long listing the plugins may take (the host rescans, loading new plugins). */
  private static final Duration LISTING = Duration.ofSeconds(30);

  /** How long past the turn's deadline the host has before a turn counts as lost. */
  private static final Duration MARGIN = Duration.ofSeconds(5);

  private final Path directory;
  private final Duration turnDeadline;
  private final PersonaHost host;
  private final Quarantine quarantine = new Quarantine();
  private final AtomicLong timedOutTurns = new AtomicLong();
  private final AtomicInteger stuckThreads = new AtomicInteger();
  private volatile Map<String, HostedPersona> personas = Map.of();

  private IsolatedPersonaCatalogue(
      Path directory,
      PluginSettings settings,
      Set<String> reservedIds,
      Duration turnDeadline,
      PersonaHost.Options options) {
    this.directory = directory.toAbsolutePath().normalize();
    this.turnDeadline = turnDeadline;
    this.host =
        new PersonaHost(this.directory, settings, List.copyOf(reservedIds), options, this::observe);
  }

  /**
   * The dropped-in plugins of {@code directory}, refusing {@code reservedIds}; a turn lasts at most
   * {@code turnDeadline} in the host (the server's AI deadline).
   */
  public static IsolatedPersonaCatalogue start(
      Path directory, PluginSettings settings, Set<String> reservedIds, Duration turnDeadline) {
    return start(directory, settings, reservedIds, turnDeadline, PersonaHost.Options.DEFAULTS);
  }

  static IsolatedPersonaCatalogue start(
      Path directory,
      PluginSettings settings,
      Set<String> reservedIds,
      Duration turnDeadline,
      PersonaHost.Options options) {
    IsolatedPersonaCatalogue catalogue =
        new IsolatedPersonaCatalogue(directory, settings, reservedIds, turnDeadline, options);
    catalogue.descriptors();
    return catalogue;
  }

  @Override
  public List<PersonaDescriptor> descriptors() {
    refresh();
    return personas.values().stream()
        .filter(persona -> !quarantine.holds(persona.descriptor().id(), persona.load()))
        .map(HostedPersona::descriptor)
        .toList();
  }

  /**
   * The persona as the directory holds it now: the host rescans first, so a replaced file answers
   * from the next turn on (and a removed one no longer answers), listed or not.
   */
  @Override
  public Optional<Persona> find(String personaId) {
    refresh();
    return Optional.ofNullable(personas.get(personaId));
  }

  /** Turns that ran past their deadline in the host, since the server started. */
  public long timedOutTurns() {
    return timedOutTurns.get();
  }

  /** Threads in the host now that ignored the interrupt of a timed-out turn. */
  public int stuckThreads() {
    return host.running() ? stuckThreads.get() : 0;
  }

  /** Times the host process was started, the first start included. */
  public long hostStarts() {
    return host.starts();
  }

  /** Personas suspended for timing out. */
  public int quarantined() {
    return quarantine.size();
  }

  @Override
  public void close() {
    host.close();
  }

  private void refresh() {
    if (!host.running() && !holdsPluginFiles()) {
      personas = Map.of();
      return;
    }
    JsonNode listed;
    try {
      listed = host.call(HostWire.object().put("op", "list"), LISTING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (PersonaHost.Unavailable | TimeoutException e) {
      LOG.warning(() -> "Dropped-in personas not listed: " + e.getMessage());
      return;
    }
    Map<String, HostedPersona> found = new LinkedHashMap<>();
    for (JsonNode entry : listed.path("personas")) {
      PersonaDescriptor descriptor = HostWire.descriptor(entry.path("descriptor"));
      found.put(
          descriptor.id(),
          new HostedPersona(
              descriptor, entry.path("plugin").asText(), entry.path("load").asLong()));
    }
    personas = Map.copyOf(found);
  }

  private boolean holdsPluginFiles() {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(
          file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".jar") || name.endsWith(".zip");
          });
    } catch (IOException e) {
      return false;
    }
  }

  /** Every answer of the host, whether or not its turn is still awaited. */
  private void observe(JsonNode answer) {
    if (answer.has("stuck_threads")) {
      stuckThreads.set(answer.path("stuck_threads").asInt());
    }
    String personaId = answer.path("persona").asText("");
    long load = answer.path("load").asLong();
    if (answer.path("timed_out").asBoolean()) {
      timedOutTurns.incrementAndGet();
      quarantine.timedOut(personaId, load);
      if (quarantine.holds(personaId, load)) {
        LOG.warning(
            () ->
                "Persona "
                    + personaId
                    + " suspended: it timed out "
                    + Quarantine.LIMIT
                    + " turns in a row (upgrade its plugin to offer it again)");
      }
    } else if (answer.has("reply")) {
      quarantine.answered(personaId, load);
    }
  }

  /** A persona of the host as the server hands it out. */
  private final class HostedPersona implements Persona {
    private final PersonaDescriptor descriptor;
    private final String pluginId;
    private final long load;

    HostedPersona(PersonaDescriptor descriptor, String pluginId, long load) {
      this.descriptor = descriptor;
      this.pluginId = pluginId;
      this.load = load;
    }

    long load() {
      return load;
    }

    @Override
    public PersonaDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public PersonaReply reply(PersonaTurn turn) {
      if (quarantine.holds(descriptor.id(), load)) {
        throw refused("This negotiator is suspended: it kept taking too long to answer");
      }
      ObjectNode request =
          HostWire.object()
              .put("op", "reply")
              .put("persona", descriptor.id())
              // A little past the server's own deadline: the server times the turn out first.
              .put("deadline_ms", turnDeadline.plus(Deadline.GRACE).toMillis());
      request.set("turn", HostWire.tree(turn));
      JsonNode answer;
      try {
        answer = host.call(request, turnDeadline.plus(MARGIN));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refused("The negotiator's turn was abandoned");
      } catch (PersonaHost.Unavailable e) {
        LOG.warning(
            () -> "Persona " + descriptor.id() + " of plugin " + pluginId + ": " + e.getMessage());
        throw refused("The negotiator stopped during its turn; try again");
      } catch (TimeoutException e) {
        throw refused("The negotiator did not answer");
      }
      if (answer.has("reply")) {
        return HostWire.reply(answer.path("reply"));
      }
      if (answer.has("refused")) {
        throw refused(answer.path("refused").asText());
      }
      if (answer.path("timed_out").asBoolean()) {
        throw refused("The negotiator did not answer in time");
      }
      LOG.info(
          () ->
              "Persona " + descriptor.id() + " failed its turn: " + answer.path("error").asText());
      throw refused("The negotiator failed; try again");
    }

    private static PersonaCallRefused refused(String message) {
      return new PersonaCallRefused(Rejection.of(ErrorCode.AI_UNAVAILABLE, message));
    }
  }
}
