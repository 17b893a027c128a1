package dev.parley.loadtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  static ScenarioResult chat(String server, long deliveredPerMs) {
    Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    for (int i = 1; i <= 100; i++) {
      latency.recordValue(TimeUnit.MILLISECONDS.toNanos(i * deliveredPerMs));
    }
    return ScenarioResult.traffic(server, "chat", 10, 100, 0, 10.0, latency);
  }

  @Test
  void percentiles_come_from_the_histogram_in_microseconds() {
    ScenarioResult result = chat("parley", 1);

    assertThat(result.delivered()).isEqualTo(100);
    assertThat(result.throughput()).isEqualTo(10.0);
    assertThat(result.p50Micros()).isBetween(49_900L, 50_100L);
    assertThat(result.p99Micros()).isBetween(98_900L, 99_100L);
    assertThat(result.maxMicros()).isBetween(99_900L, 100_100L);
  }

  @Test
  void idle_memory_is_the_rss_growth_per_connected_client() {
    ScenarioResult idle = ScenarioResult.idle("node", 1000, 0, 30, 50_000, 90_000, 1.5);

    assertThat(idle.kbPerConnection()).isEqualTo(40.0);
    assertThat(ScenarioResult.idle("x", 10, 10, 1, 1, 2, 0).kbPerConnection()).isZero();
  }

  @Test
  void rows_appended_as_csv_read_back_equal(@TempDir Path dir) throws Exception {
    ScenarioResult parley = chat("parley", 2);
    ScenarioResult idle = ScenarioResult.idle("node", 1000, 0, 30, 50_000, 90_000, 1.25);
    Report.append(dir, parley);
    Report.append(dir, idle);

    List<ScenarioResult> read = Report.read(dir);

    assertThat(Files.readAllLines(dir.resolve(Report.CSV)).get(0))
        .isEqualTo(ScenarioResult.CSV_HEADER);
    assertThat(read).hasSize(2);
    assertThat(read.get(0).p99Micros()).isEqualTo(parley.p99Micros());
    assertThat(read.get(0).throughput()).isEqualTo(parley.throughput());
    assertThat(read.get(1)).isEqualTo(idle);
    assertThatThrownBy(() -> Report.fromCsv("parley,chat,1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 columns");
  }

  @Test
  void ratios_compare_parley_with_node_and_the_echo(@TempDir Path dir) throws Exception {
    List<ScenarioResult> results =
        List.of(
            chat("parley", 2),
            chat("node", 1),
            ScenarioResult.traffic("echo", "chat", 10, 100, 0, 5.0, hist()),
            ScenarioResult.idle("parley", 100, 0, 30, 0, 2_000, 1),
            ScenarioResult.idle("node", 100, 0, 30, 0, 4_000, 1));

    List<String> ratios = Report.ratios(results);

    assertThat(ratios)
        .anySatisfy(l -> assertThat(l).startsWith("chat throughput parley/node").contains(" 1.00 "))
        .anySatisfy(
            l -> assertThat(l).startsWith("chat p99 latency parley/node").contains(" 2.00 "))
        .anySatisfy(
            l ->
                assertThat(l).startsWith("idle memory per connection parley/node").contains("0.50"))
        .anySatisfy(
            l -> assertThat(l).startsWith("chat throughput parley/websocket-echo").contains("0.50"))
        .noneMatch(l -> l.startsWith("fanout"));
    assertThat(Report.json(results)).startsWith("{\"results\": [").contains("\"server\":\"echo\"");
  }

  @Test
  void chat_over_polling_is_compared_between_the_polling_runs() {
    List<String> ratios =
        Report.ratios(List.of(chat("parley-polling", 3), chat("node-polling", 1), chat("node", 2)));

    assertThat(ratios)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("chat over polling p99 latency parley/node")
                    .contains(" 3.00 "))
        .noneMatch(l -> l.startsWith("chat throughput parley/node"));
  }

  @Test
  void the_cluster_is_compared_with_one_node_on_postgresql_where_that_ran() {
    List<ScenarioResult> results =
        List.of(
            chat("parley", 1),
            chat("parley-postgres", 2),
            chat("parley-cluster", 4),
            // the same deliveries in half the seconds: twice the throughput
            ScenarioResult.traffic("parley", "fanout", 10, 100, 0, 8.0, hist()),
            ScenarioResult.traffic("parley-cluster", "fanout", 10, 100, 0, 4.0, hist()));

    List<String> ratios = Report.ratios(results);

    assertThat(ratios)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("chat p99 latency parley-cluster/parley-postgres")
                    .contains(" 2.00 "))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("fanout throughput parley-cluster/parley ")
                    .contains(" 2.00 "));
  }

  private static Histogram hist() {
    Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    for (int i = 0; i < 100; i++) {
      latency.recordValue(1_000_000);
    }
    return latency;
  }

  @Test
  void summarising_writes_json_ratios_and_a_png(@TempDir Path dir) throws Exception {
    Report.append(dir, chat("parley", 2));
    Report.append(dir, chat("node", 1));

    List<String> ratios = Report.summarise(dir);

    assertThat(ratios).hasSize(2);
    assertThat(Files.readString(dir.resolve(Report.JSON))).contains("\"p99_us\"");
    assertThat(Files.readAllLines(dir.resolve(Report.RATIOS))).isEqualTo(ratios);
    BufferedImage png = ImageIO.read(dir.resolve(Report.CHART).toFile());
    assertThat(png.getWidth()).isGreaterThan(png.getHeight());
  }

  @Test
  void proc_status_and_stat_are_read() {
    assertThat(ProcessStats.rssKb("Name:\tjava\nVmPeak:\t 9 kB\nVmRSS:\t  123456 kB\nThreads: 4\n"))
        .isEqualTo(123_456);
    String stat = "4242 (my (odd) name) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 30";
    assertThat(ProcessStats.cpuTicks(stat)).isEqualTo(300);
    ProcessStats before = new ProcessStats(0, 100);
    assertThat(new ProcessStats(0, 300).cpuPercentSince(before, 4)).isEqualTo(50.0);
    assertThatThrownBy(() -> ProcessStats.rssKb("Name: x\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
