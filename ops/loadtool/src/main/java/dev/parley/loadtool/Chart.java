package dev.parley.loadtool;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * A PNG of four bar panels (throughput, p99, memory per idle connection, CPU at rest) per server.
 */
final class Chart {
  private static final int PANEL_WIDTH = 300;

  /** Room per bar for a staggered label as long as "parley-postgres". */
  private static final int MIN_BAR_PITCH = 80;

  private static final int HEIGHT = 360;
  private static final Color[] SERIES = {
    new Color(0x2E86AB),
    new Color(0xF18F01),
    new Color(0x6A994E),
    new Color(0xC73E1D),
    new Color(0x7D5BA6),
    new Color(0x3B8EA5),
    new Color(0xAB3428)
  };

  private Chart() {}

  private record Panel(
      String title, String scenario, String unit, ToDoubleFunction<ScenarioResult> value) {}

  static void write(List<ScenarioResult> results, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<Panel> panels =
        List.of(
            new Panel("chat deliveries/s", "chat", "/s", ScenarioResult::throughput),
            new Panel("chat p99 latency", "chat", "ms", r -> r.p99Micros() / 1000.0),
            new Panel("fan-out deliveries/s", "fanout", "/s", ScenarioResult::throughput),
            new Panel("fan-out p99 latency", "fanout", "ms", r -> r.p99Micros() / 1000.0),
            new Panel("idle KiB per connection", "idle", "KiB", ScenarioResult::kbPerConnection));
    List<String> servers = results.stream().map(ScenarioResult::server).distinct().toList();
    int[] widths =
        panels.stream()
            .mapToInt(
                panel ->
                    Math.max(
                        PANEL_WIDTH,
                        40
                            + MIN_BAR_PITCH
                                * (int)
                                    results.stream()
                                        .filter(r -> r.scenario().equals(panel.scenario()))
                                        .count()))
            .toArray();
    BufferedImage image =
        new BufferedImage(Arrays.stream(widths).sum(), HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), HEIGHT);
      int left = 0;
      for (int p = 0; p < panels.size(); p++) {
        drawPanel(g, left, widths[p], panels.get(p), results, servers);
        left += widths[p];
      }
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", png.toFile());
  }

  private static void drawPanel(
      Graphics2D g,
      int left,
      int width,
      Panel panel,
      List<ScenarioResult> results,
      List<String> servers) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(panel.title(), left + 12, 24);
    List<ScenarioResult> shown =
        results.stream().filter(r -> r.scenario().equals(panel.scenario())).toList();
    double max = shown.stream().mapToDouble(panel.value()).max().orElse(0);
    int baseline = HEIGHT - 50;
    int chartHeight = baseline - 60;
    int barWidth = Math.max(20, (width - 40) / Math.max(1, shown.size()) - 16);
    g.drawLine(left + 16, baseline, left + width - 16, baseline);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < shown.size(); i++) {
      ScenarioResult result = shown.get(i);
      double value = panel.value().applyAsDouble(result);
      int height = max <= 0 ? 0 : (int) Math.round(chartHeight * value / max);
      int x = left + 28 + i * (barWidth + 16);
      g.setColor(SERIES[servers.indexOf(result.server()) % SERIES.length]);
      g.fillRect(x, baseline - height, barWidth, height);
      g.setColor(Color.BLACK);
      // narrow bars: every other label one line further, so neighbours do not overlap
      int stagger = (i % 2) * 15;
      g.drawString(
          String.format(Locale.ROOT, "%.1f %s", value, panel.unit()),
          x,
          baseline - height - 6 - stagger);
      g.drawString(result.server(), x, baseline + 18 + stagger);
    }
  }
}
