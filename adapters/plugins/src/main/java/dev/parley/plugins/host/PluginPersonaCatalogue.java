package dev.parley.plugins.host;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.persona.api.PersonaExtension;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.util.FileUtils;

/**
 * The personas of every PF4J plugin in one directory ({@code PLUGINS_DIR}): jars, and zips with
 * private libraries. Each listing rescans the directory, so a plugin dropped in later is offered
 * without a restart, a replaced file is reloaded and a removed one unloaded. A plugin that fails to
 * load, or that was built for an incompatible persona API, is logged and skipped; the others load.
 * Every persona is handed out as a {@link PluginPersona}; the domain's {@code ProducingTheAiTurn}
 * bounds and checks each of its turns.
 *
 * <p>Each plugin's {@link PersonaExtension#create} runs once each time the plugin is loaded (at
 * start, when its file is dropped in or replaced), with the settings that plugin may read ({@link
 * PluginSettings}). A persona id belongs to the first plugin that offered it for as long as that
 * plugin's file stays, upgrades included; another plugin claiming it is refused with a warning,
 * whatever the order PF4J lists plugins in, and so is any plugin claiming a reserved id (the
 * built-in personas' ids, for a catalogue of dropped-in plugins).
 */
public final class PluginPersonaCatalogue implements PersonaCatalogue, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginPersonaCatalogue.class.getName());

  private static final Duration CREATE_DEADLINE = Duration.ofSeconds(10);

  /**
   * What was seen of a plugin file, to notice it changing, and the plugin it was last loaded as
   * (kept while a replacement fails to load, so the plugin keeps its persona ids meanwhile).
   */
  private record Seen(long size, long modified, Optional<String> pluginId) {}

  private static final AtomicLong LOADS = new AtomicLong();

  private static final Object UNPACKING = new Object();
  private static final String UNPACK_LOCK_FILE = ".parley-unpacking.lock";

  private final Path directory;
  private final PluginSettings settings;
  private final Set<String> reservedIds;
  private final PluginManager plugins;
  private final Map<Path, Seen> seen = new HashMap<>();

  /** The personas each loaded plugin created, in the order the plugins were loaded. */
  private final Map<String, List<PluginPersona>> createdBy = new LinkedHashMap<>();

  /** Which plugin each persona id belongs to. */
  private final Map<String, String> owners = new HashMap<>();

  /** Refusals already logged, as "plugin/persona id", so a rescan does not repeat them. */
  private final Set<String> refusalsLogged = new HashSet<>();

  private volatile Map<String, PluginPersona> personas = Map.of();

  private PluginPersonaCatalogue(Path directory, PluginSettings settings, Set<String> reservedIds) {
    this.directory = directory.toAbsolutePath().normalize();
    this.settings = settings;
    this.reservedIds = Set.copyOf(reservedIds);
    this.plugins = new DefaultPluginManager(this.directory);
    this.plugins.setSystemVersion(PersonaExtension.PERSONA_API_VERSION);
  }

  /**
   * Loads every plugin in {@code directory} now; each plugin reads its part of {@code settings}.
   */
  public static PluginPersonaCatalogue start(Path directory, PluginSettings settings) {
    return start(directory, settings, Set.of());
  }

  /** As {@link #start(Path, PluginSettings)}, refusing every plugin that claims a reserved id. */
  public static PluginPersonaCatalogue start(
      Path directory, PluginSettings settings, Set<String> reservedIds) {
    PluginPersonaCatalogue catalogue = new PluginPersonaCatalogue(directory, settings, reservedIds);
    if (!Files.isDirectory(catalogue.directory)) {
      LOG.warning(
          () ->
              "Plugins directory "
                  + catalogue.directory
                  + " does not exist: no personas until it does (set PLUGINS_DIR)");
    }
    catalogue.rescan();
    LOG.info(
        () ->
            "Personas from "
                + catalogue.directory
                + ": "
                + catalogue.personas.keySet()
                + " (persona API "
                + PersonaExtension.PERSONA_API_VERSION
                + ")");
    return catalogue;
  }

  @Override
  public List<PersonaDescriptor> descriptors() {
    rescan();
    return personas.values().stream().map(PluginPersona::descriptor).toList();
  }

  /** The persona with {@code personaId}; rescans once when it is not known yet. */
  @Override
  public Optional<Persona> find(String personaId) {
    return pluginPersona(personaId).map(Persona.class::cast);
  }

  /** The persona with {@code personaId} and the plugin it came from. */
  public Optional<PluginPersona> pluginPersona(String personaId) {
    PluginPersona persona = personas.get(personaId);
    if (persona == null) {
      rescan();
      persona = personas.get(personaId);
    }
    return Optional.ofNullable(persona);
  }

  /** Brings the loaded plugins in line with the directory's files. */
  public synchronized void rescan() {
    List<Path> files = pluginFiles();
    boolean changed = false;
    Map<Path, Optional<String>> replaced = new HashMap<>();
    for (Map.Entry<Path, Seen> known : List.copyOf(seen.entrySet())) {
      Optional<Seen> now = look(known.getKey());
      if (now.isEmpty()
          || now.get().size() != known.getValue().size()
          || now.get().modified() != known.getValue().modified()) {
        known.getValue().pluginId().ifPresent(this::unload);
        seen.remove(known.getKey());
        if (now.isPresent()) {
          replaced.put(known.getKey(), known.getValue().pluginId());
        }
        changed = true;
      }
    }
    for (Path file : files) {
      if (!seen.containsKey(file)) {
        Optional<Seen> now = look(file);
        if (now.isPresent()) {
          Optional<String> loaded = load(file);
          Optional<String> formerly = replaced.getOrDefault(file, Optional.empty());
          seen.put(
              file, new Seen(now.get().size(), now.get().modified(), loaded.or(() -> formerly)));
          changed = true;
        }
      }
    }
    if (changed) {
      personas = collectPersonas();
    }
  }

  @Override
  public synchronized void close() {
    plugins.stopPlugins();
    plugins.unloadPlugins();
    createdBy.clear();
    personas = Map.of();
  }

  private List<Path> pluginFiles() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(
              path -> {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".jar") || name.endsWith(".zip");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, e, () -> "Cannot list the plugins directory " + directory);
      return List.of();
    }
  }

  private static Optional<Seen> look(Path file) {
    try {
      return Optional.of(
          new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis(), Optional.empty()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The plugin's directory, unpacked next to a zip. Nodes sharing the plugins directory take turns
   * (a lock file there; a static lock for catalogues in one JVM): unpacking at once, one deletes
   * what the other is writing and skips the plugin.
   */
  private Path expanded(Path file) throws IOException {
    synchronized (UNPACKING) {
      try (FileChannel channel =
              FileChannel.open(
                  directory.resolve(UNPACK_LOCK_FILE),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return FileUtils.expandIfZip(file);
      }
    }
  }

  /** Loads and starts the plugin in {@code file}; its id, or empty when it was skipped. */
  private Optional<String> load(Path file) {
    String pluginId = null;
    try {
      Path pluginPath = expanded(file);
      pluginId = plugins.loadPlugin(pluginPath);
      PluginWrapper plugin = plugins.getPlugin(pluginId);
      String requires = plugin.getDescriptor().getRequires();
      if (!plugins
          .getVersionManager()
          .checkVersionConstraint(PersonaExtension.PERSONA_API_VERSION, requires)) {
        String id = pluginId;
        LOG.warning(
            () ->
                "Persona plugin "
                    + id
                    + " in "
                    + file.getFileName()
                    + " refused: it requires persona API "
                    + requires
                    + ", this server offers "
                    + PersonaExtension.PERSONA_API_VERSION);
        unload(pluginId);
        return Optional.empty();
      }
      PluginState state = plugins.startPlugin(pluginId);
      if (state != PluginState.STARTED) {
        String id = pluginId;
        LOG.warning(() -> "Persona plugin " + id + " did not start (state " + state + "); skipped");
        unload(pluginId);
        return Optional.empty();
      }
      createdBy.put(pluginId, createPersonas(pluginId));
      return Optional.of(pluginId);
    } catch (RuntimeException | IOException | LinkageError e) {
      LOG.log(Level.WARNING, e, () -> "Persona plugin " + file.getFileName() + " skipped: " + e);
      if (pluginId != null) {
        unload(pluginId);
      }
      return Optional.empty();
    }
  }

  private void unload(String pluginId) {
    createdBy.remove(pluginId);
    refusalsLogged.removeIf(refusal -> refusal.startsWith(pluginId + "/"));
    try {
      if (plugins.getPlugin(pluginId) != null) {
        plugins.unloadPlugin(pluginId);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Persona plugin " + pluginId + " did not unload cleanly");
    }
  }

  private List<PluginPersona> createPersonas(String pluginId) {
    List<PersonaExtension> extensions;
    try {
      extensions = plugins.getExtensions(PersonaExtension.class, pluginId);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, e, () -> "Persona plugin " + pluginId + ": extensions unusable");
      return List.of();
    }
    if (extensions.isEmpty()) {
      LOG.warning(
          () ->
              "Persona plugin "
                  + pluginId
                  + " has no PersonaExtension (is the API bundled instead of provided?)");
    }
    List<PluginPersona> created = new ArrayList<>();
    for (PersonaExtension extension : extensions) {
      create(extension, pluginId).ifPresent(created::add);
    }
    return List.copyOf(created);
  }

  /**
   * Who offers each persona id now: its owner if the owner still offers it, else the first plugin
   * (in load order) that claims it. An id stays owned while a file last loaded as its owner is
   * there, so a replacement that fails to load does not hand it to another plugin.
   */
  private Map<String, PluginPersona> collectPersonas() {
    Set<String> present = new HashSet<>();
    seen.values().forEach(file -> file.pluginId().ifPresent(present::add));
    owners
        .entrySet()
        .removeIf(
            owned ->
                !present.contains(owned.getValue())
                    || (createdBy.containsKey(owned.getValue())
                        && createdBy.get(owned.getValue()).stream()
                            .noneMatch(
                                persona -> persona.descriptor().id().equals(owned.getKey()))));
    Map<String, PluginPersona> found = new LinkedHashMap<>();
    for (Map.Entry<String, List<PluginPersona>> plugin : createdBy.entrySet()) {
      String pluginId = plugin.getKey();
      for (PluginPersona persona : plugin.getValue()) {
        String id = persona.descriptor().id();
        if (reservedIds.contains(id)) {
          refuse(pluginId, id, "it is reserved for a built-in persona");
          continue;
        }
        String owner = owners.putIfAbsent(id, pluginId);
        if (owner != null && !owner.equals(pluginId)) {
          refuse(pluginId, id, "it belongs to plugin " + owner + ", which keeps it");
        } else if (found.putIfAbsent(id, persona) != null) {
          refuse(pluginId, id, "the plugin offers it twice; the first is kept");
        }
      }
    }
    return Map.copyOf(found);
  }

  private void refuse(String pluginId, String personaId, String reason) {
    if (refusalsLogged.add(pluginId + "/" + personaId)) {
      LOG.warning(
          () ->
              "Persona id "
                  + personaId
                  + " of plugin "
                  + pluginId
                  + " refused: "
                  + reason
                  + " (give the persona another id)");
    }
  }

  private Optional<PluginPersona> create(PersonaExtension extension, String pluginId) {
    Deadline.Outcome<Optional<PluginPersona>> outcome =
        Deadline.call(
            "persona-create-" + pluginId,
            CREATE_DEADLINE,
            () ->
                extension
                    .create(settings.forPlugin(pluginId))
                    .map(
                        persona ->
                            new PluginPersona(
                                persona,
                                persona.descriptor(),
                                pluginId,
                                extension.getClass().getClassLoader(),
                                LOADS.incrementAndGet())));
    return switch (outcome) {
      case Deadline.Outcome.Done<Optional<PluginPersona>> done -> {
        if (done.value() == null || done.value().isEmpty()) {
          LOG.info(
              () -> "Persona plugin " + pluginId + " offers no persona with this configuration");
          yield Optional.empty();
        }
        yield done.value();
      }
      case Deadline.Outcome.Threw<Optional<PluginPersona>> threw -> {
        LOG.log(
            Level.WARNING,
            threw.cause(),
            () -> "Persona plugin " + pluginId + " failed to create its persona");
        yield Optional.empty();
      }
      case Deadline.Outcome.TimedOut<Optional<PluginPersona>> timedOut -> {
        LOG.warning(() -> "Persona plugin " + pluginId + " took too long to create its persona");
        yield Optional.empty();
      }
    };
  }
}
