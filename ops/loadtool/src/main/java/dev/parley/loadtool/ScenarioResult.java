package dev.parley.loadtool;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What one scenario measured against one server. Latencies in microseconds; {@code throughput} is
 * deliveries (received stamped events) per second over the send window. Idle runs fill the memory
 * and CPU fields and leave the latency ones at zero.
 */
record ScenarioResult(
    String server,
    String scenario,
    int clients,
    long sent,
    long delivered,
    long errors,
    double seconds,
    double throughput,
    long p50Micros,
    long p95Micros,
    long p99Micros,
    long maxMicros,
    long rssBeforeKb,
    long rssAfterKb,
    double kbPerConnection,
    double cpuPercentAtRest) {

  static final String CSV_HEADER =
      "server,scenario,clients,sent,delivered,errors,seconds,throughput_per_s,p50_us,p95_us,p99_us,"
          + "max_us,rss_before_kb,rss_after_kb,kb_per_connection,cpu_percent_at_rest";

  /** A traffic scenario's result from its latency histogram (recorded in nanoseconds). */
  static ScenarioResult traffic(
      String server,
      String scenario,
      int clients,
      long sent,
      long errors,
      double seconds,
      Histogram nanos) {
    long delivered = nanos.getTotalCount();
    return new ScenarioResult(
        server,
        scenario,
        clients,
        sent,
        delivered,
        errors,
        seconds,
        seconds > 0 ? delivered / seconds : 0,
        micros(nanos.getValueAtPercentile(50)),
        micros(nanos.getValueAtPercentile(95)),
        micros(nanos.getValueAtPercentile(99)),
        micros(nanos.getMaxValue()),
        0,
        0,
        0,
        0);
  }

  static ScenarioResult idle(
      String server,
      int clients,
      long errors,
      double seconds,
      long rssBeforeKb,
      long rssAfterKb,
      double cpuPercent) {
    int connected = (int) (clients - errors);
    return new ScenarioResult(
        server,
        "idle",
        clients,
        0,
        0,
        errors,
        seconds,
        0,
        0,
        0,
        0,
        0,
        rssBeforeKb,
        rssAfterKb,
        connected > 0 ? (double) (rssAfterKb - rssBeforeKb) / connected : 0,
        cpuPercent);
  }

  private static long micros(long nanos) {
    return TimeUnit.NANOSECONDS.toMicros(nanos);
  }

  String csvRow() {
    return String.join(
        ",",
        server,
        scenario,
        Integer.toString(clients),
        Long.toString(sent),
        Long.toString(delivered),
        Long.toString(errors),
        fixed(seconds),
        fixed(throughput),
        Long.toString(p50Micros),
        Long.toString(p95Micros),
        Long.toString(p99Micros),
        Long.toString(maxMicros),
        Long.toString(rssBeforeKb),
        Long.toString(rssAfterKb),
        fixed(kbPerConnection),
        fixed(cpuPercentAtRest));
  }

  String json() {
    return "{\"server\":"
        + Frames.quote(server)
        + ",\"scenario\":"
        + Frames.quote(scenario)
        + ",\"clients\":"
        + clients
        + ",\"sent\":"
        + sent
        + ",\"delivered\":"
        + delivered
        + ",\"errors\":"
        + errors
        + ",\"seconds\":"
        + fixed(seconds)
        + ",\"throughput_per_s\":"
        + fixed(throughput)
        + ",\"p50_us\":"
        + p50Micros
        + ",\"p95_us\":"
        + p95Micros
        + ",\"p99_us\":"
        + p99Micros
        + ",\"max_us\":"
        + maxMicros
        + ",\"rss_before_kb\":"
        + rssBeforeKb
        + ",\"rss_after_kb\":"
        + rssAfterKb
        + ",\"kb_per_connection\":"
        + fixed(kbPerConnection)
        + ",\"cpu_percent_at_rest\":"
        + fixed(cpuPercentAtRest)
        + "}";
  }

  static String fixed(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }
}
