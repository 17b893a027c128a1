package dev.parley.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A small registry written out in the Prometheus text format (version 0.0.4): request counts and
 * durations per route and status, plus gauges the composition root registers (pool sizes, dropped
 * audit events, connected sockets...). Hand-written because the REST adapter mounts onto a routing
 * it does not own; see docs/api.md.
 */
public final class HttpMetrics {
  private final ConcurrentMap<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Duration> durations = new ConcurrentHashMap<>();
  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
  private final Map<String, CounterFamily> counterFamilies = new ConcurrentHashMap<>();

  /** Registers a gauge read at every scrape; {@code name} must be a valid Prometheus name. */
  public void gauge(String name, String help, DoubleSupplier value) {
    if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
      throw new IllegalArgumentException("not a metric name: " + name);
    }
    gauges.put(name, new Gauge(help, value));
  }

  /**
   * Registers counters kept elsewhere, one per value of {@code label}, read at every scrape; {@code
   * name} must be a valid Prometheus name ending in {@code _total}.
   */
  public void counters(
      String name, String help, String label, Supplier<Map<String, Long>> valuesByLabel) {
    if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*_total")
        || !label.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
      throw new IllegalArgumentException("not a counter name and label: " + name + ", " + label);
    }
    counterFamilies.put(name, new CounterFamily(help, label, valuesByLabel));
  }

  void observe(String method, String route, int status, long nanos) {
    requests
        .computeIfAbsent(new RequestKey(method, route, status), k -> new LongAdder())
        .increment();
    Duration d = durations.computeIfAbsent(route, r -> new Duration());
    d.count.increment();
    d.nanos.add(nanos);
  }

  /** The exposition text. */
  public String scrape() {
    StringBuilder out = new StringBuilder();
    out.append("# HELP parley_http_requests_total HTTP requests by route and status.\n");
    out.append("# TYPE parley_http_requests_total counter\n");
    requests.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append("parley_http_requests_total{method=\"")
                    .append(e.getKey().method())
                    .append("\",route=\"")
                    .append(e.getKey().route())
                    .append("\",status=\"")
                    .append(e.getKey().status())
                    .append("\"} ")
                    .append(e.getValue().sum())
                    .append('\n'));
    out.append("# HELP parley_http_request_duration_seconds Time spent answering, by route.\n");
    out.append("# TYPE parley_http_request_duration_seconds summary\n");
    durations.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String labels = "{route=\"" + e.getKey() + "\"}";
              out.append("parley_http_request_duration_seconds_sum")
                  .append(labels)
                  .append(' ')
                  .append(e.getValue().nanos.sum() / 1e9)
                  .append('\n');
              out.append("parley_http_request_duration_seconds_count")
                  .append(labels)
                  .append(' ')
                  .append(e.getValue().count.sum())
                  .append('\n');
            });
    counterFamilies.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              CounterFamily family = e.getValue();
              out.append("# HELP ")
                  .append(e.getKey())
                  .append(' ')
                  .append(family.help())
                  .append('\n');
              out.append("# TYPE ").append(e.getKey()).append(" counter\n");
              family
                  .values()
                  .get()
                  .forEach(
                      (value, count) ->
                          out.append(e.getKey())
                              .append('{')
                              .append(family.label())
                              .append("=\"")
                              .append(value)
                              .append("\"} ")
                              .append(count)
                              .append('\n'));
            });
    gauges.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              out.append("# HELP ")
                  .append(e.getKey())
                  .append(' ')
                  .append(e.getValue().help())
                  .append('\n');
              out.append("# TYPE ").append(e.getKey()).append(" gauge\n");
              out.append(e.getKey())
                  .append(' ')
                  .append(e.getValue().value().getAsDouble())
                  .append('\n');
            });
    return out.toString();
  }

  private record RequestKey(String method, String route, int status)
      implements Comparable<RequestKey> {
    @Override
    public int compareTo(RequestKey o) {
      int byRoute = route.compareTo(o.route);
      if (byRoute != 0) {
        return byRoute;
      }
      int byMethod = method.compareTo(o.method);
      return byMethod != 0 ? byMethod : Integer.compare(status, o.status);
    }
  }

  private record Gauge(String help, DoubleSupplier value) {}

  private record CounterFamily(String help, String label, Supplier<Map<String, Long>> values) {}

  private static final class Duration {
    final LongAdder count = new LongAdder();
    final LongAdder nanos = new LongAdder();
  }
}
