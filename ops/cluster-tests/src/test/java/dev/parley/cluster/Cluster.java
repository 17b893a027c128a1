package dev.parley.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code ops/cluster} with ports and a cluster directory of this test's own: {@code up},
 * {@code down}, {@code status}, and the nodes' pids from its pid files.
 */
final class Cluster {
  static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  static final Path SCRIPT = ROOT.resolve("ops/cluster");

  final int lbPort;
  final List<Integer> nodePorts;
  final Path dir;
  private final Map<String, String> environment;

  Cluster(Path dir, int nodes, Map<String, String> settings) throws IOException {
    this.dir = dir;
    List<Integer> ports = freePorts(nodes + 1);
    this.lbPort = ports.get(0);
    this.nodePorts = ports.subList(1, ports.size());
    environment = new HashMap<>(settings);
    environment.put("PARLEY_SKIP_BUILD", "1");
    environment.put("PARLEY_CLUSTER_DIR", dir.toString());
    environment.put("PARLEY_CLUSTER_PORT", String.valueOf(lbPort));
    environment.put(
        "PARLEY_CLUSTER_NODE_PORTS",
        String.join(" ", nodePorts.stream().map(String::valueOf).toList()));
  }

  String url() {
    return "http://127.0.0.1:" + lbPort;
  }

  String nodeUrl(int node) {
    return "http://127.0.0.1:" + nodePorts.get(node - 1);
  }

  /** Runs {@code ops/cluster up}; fails the test with its output unless it exits 0. */
  String up() throws Exception {
    return run(Duration.ofSeconds(180), true, "up");
  }

  /** Runs {@code ops/cluster down}. */
  String down() throws Exception {
    return run(Duration.ofSeconds(90), true, "down");
  }

  /**
   * {@code ops/cluster status} as the load balancer sees the nodes: node name to {@code [status,
   * current sessions, total sessions]} (status {@code UP}, {@code DOWN}, {@code UP_1/2}, ...).
   */
  Map<String, List<String>> lbView() throws Exception {
    Map<String, List<String>> view = new HashMap<>();
    for (String line : run(Duration.ofSeconds(20), false, "status").split("\n")) {
      // node-1  pid 123  lb: UP, sessions now 0, total 17
      var m =
          java.util.regex.Pattern.compile(
                  "^(node-\\d+) .*lb: (\\S+), sessions now (\\d+), total (\\d+)")
              .matcher(line);
      if (m.find()) {
        view.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4)));
      }
    }
    return view;
  }

  String status() throws Exception {
    return run(Duration.ofSeconds(20), false, "status");
  }

  long pid(String node) throws IOException {
    Path file = dir.resolve(node + ".pid");
    if (!Files.exists(file)) {
      fail("no pid file " + file);
    }
    return Long.parseLong(Files.readString(file).strip());
  }

  /** Sends {@code signal} (KILL, TERM) to a node's process. */
  void signal(String node, String signal) throws Exception {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid(node)))
            .redirectErrorStream(true)
            .start();
    if (kill.waitFor() != 0) {
      fail(
          "kill -"
              + signal
              + " "
              + node
              + ": "
              + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** True while the node's process runs (a zombie waiting for its parent to reap it has ended). */
  boolean running(String node) throws IOException {
    Path stat = Path.of("/proc", String.valueOf(pid(node)), "stat");
    try {
      String text = Files.readString(stat);
      // pid (comm) state ...: the state follows the last ')'
      return text.substring(text.lastIndexOf(')') + 2).charAt(0) != 'Z';
    } catch (IOException e) {
      return false;
    }
  }

  void awaitStopped(String node, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (running(node)) {
      if (System.nanoTime() > deadline) {
        fail(
            node
                + " still runs "
                + timeout.toSeconds()
                + " s after it was signalled:\n"
                + log(node));
      }
      Thread.sleep(100);
    }
  }

  String log(String name) throws IOException {
    Path file = dir.resolve(name + ".log");
    if (!Files.exists(file)) {
      return "(no " + file + ")";
    }
    String text = Files.readString(file);
    return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
  }

  private String run(Duration timeout, boolean mustSucceed, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Path output = Files.createTempFile("ops-cluster-", ".log");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("ops/cluster " + String.join(" ", args) + " did not finish in " + timeout);
      }
      String text = Files.readString(output);
      if (mustSucceed && process.exitValue() != 0) {
        fail(
            "ops/cluster "
                + String.join(" ", args)
                + " exited with "
                + process.exitValue()
                + ":\n"
                + text);
      }
      return text;
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}
