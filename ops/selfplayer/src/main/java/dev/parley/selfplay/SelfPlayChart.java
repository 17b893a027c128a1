package dev.parley.selfplay;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * A PNG of four bar panels (claiming, creating, relationship, deal rate), one group of bars per
 * style and one colour per persona, drawn with Java2D as ops/bench draws bench.png.
 */
final class SelfPlayChart {
  private static final int PANEL_WIDTH = 520;
  private static final int HEIGHT = 380;
  private static final Color[] SERIES = {
    new Color(0xC73E1D), new Color(0x2E86AB), new Color(0x6A994E), new Color(0xF18F01)
  };

  private record Panel(String title, ToDoubleFunction<Tally> value) {}

  private SelfPlayChart() {}

  static void write(List<Session> sessions, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<Panel> panels =
        List.of(
            new Panel("claiming value (mean)", Tally::claiming),
            new Panel("creating value (mean)", Tally::creating),
            new Panel("relationship (mean)", Tally::relationship),
            new Panel("deal rate (%)", t -> 100 * t.dealRate()));
    List<Tally> tallies = Tally.byStylePersona(sessions);
    List<String> styles = tallies.stream().map(Tally::style).distinct().toList();
    List<String> personas = tallies.stream().map(Tally::persona).distinct().toList();
    int legend = 26;
    BufferedImage image =
        new BufferedImage(PANEL_WIDTH * 2, HEIGHT * 2 + legend, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int p = 0; p < personas.size(); p++) {
        int x = 16 + p * 220;
        g.setColor(SERIES[p % SERIES.length]);
        g.fillRect(x, 8, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString(personas.get(p), x + 18, 19);
      }
      for (int i = 0; i < panels.size(); i++) {
        int left = (i % 2) * PANEL_WIDTH;
        int top = legend + (i / 2) * HEIGHT;
        drawPanel(g, left, top, panels.get(i), tallies, styles, personas);
      }
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", png.toFile());
  }

  private static void drawPanel(
      Graphics2D g,
      int left,
      int top,
      Panel panel,
      List<Tally> tallies,
      List<String> styles,
      List<String> personas) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(panel.title(), left + 12, top + 20);
    int baseline = top + HEIGHT - 70;
    int chartHeight = baseline - top - 50;
    int groupWidth = (PANEL_WIDTH - 40) / Math.max(1, styles.size());
    int barWidth = Math.max(4, (groupWidth - 8) / Math.max(1, personas.size()));
    g.drawLine(left + 16, baseline, left + PANEL_WIDTH - 16, baseline);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    for (int s = 0; s < styles.size(); s++) {
      int groupLeft = left + 24 + s * groupWidth;
      for (int p = 0; p < personas.size(); p++) {
        String style = styles.get(s);
        String persona = personas.get(p);
        double value =
            tallies.stream()
                .filter(t -> t.style().equals(style) && t.persona().equals(persona))
                .mapToDouble(panel.value())
                .findFirst()
                .orElse(0);
        int height = (int) Math.round(chartHeight * Math.min(100, value) / 100);
        int x = groupLeft + p * barWidth;
        g.setColor(SERIES[p % SERIES.length]);
        g.fillRect(x, baseline - height, barWidth - 1, height);
        g.setColor(Color.DARK_GRAY);
        g.drawString(String.format(Locale.ROOT, "%.0f", value), x, baseline - height - 3);
      }
      g.setColor(Color.BLACK);
      // two lines per label, so neighbouring style names do not overlap
      String[] words = styles.get(s).split("-", 2);
      g.drawString(words[0], groupLeft, baseline + 16);
      if (words.length > 1) {
        g.drawString(words[1], groupLeft, baseline + 30);
      }
    }
  }
}
