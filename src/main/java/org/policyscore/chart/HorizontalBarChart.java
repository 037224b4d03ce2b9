package org.policyscore.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars on a 0-100 axis, a group of bars (one per series) for each category, the
 * value printed at the end of each bar: the layout of the 2022 report's company charts.
 * XChart 3.8 draws category bars only vertically, and the report's long indicator labels
 * ("P10a | Process for responding to government demands...") only read well horizontally,
 * so this one chart is painted directly; it uses the same encoders as the XChart charts.
 */
public final class HorizontalBarChart implements ScoreChart {
  /**
   * One series of bars with its colour.
   *
   * @param marks per value: empty for a final score, {@link #DRAFT} for a draft (drawn
   *     hatched), {@link #INCOMPLETE} for a score that has no value yet
   */
  public record Bars(String label, Color colour, List<Double> values, List<String> marks) {
    public static final String DRAFT = "draft";
    public static final String INCOMPLETE = "incomplete";

    public Bars {
      values = List.copyOf(values);
      marks = List.copyOf(marks);
    }

    /** Final scores only. */
    public Bars(String label, Color colour, List<Double> values) {
      this(label, colour, values, java.util.Collections.nCopies(values.size(), ""));
    }

    String mark(int i) {
      return i < marks.size() ? marks.get(i) : "";
    }
  }

  private static final int WIDTH = 1200;
  private static final int PAD = 32;
  private static final int LABEL_WIDTH = 400;
  private static final int BAR = 22;
  private static final int BAR_GAP = 4;
  private static final int GROUP_GAP = 22;
  private static final int VALUE_ROOM = 70;

  private final String name;
  private final String title;
  private final List<String> categories;
  private final List<Bars> bars;
  private final ChartStyle style;
  private final ChartFonts fonts;
  private final String note;
  private final List<List<String>> labelLines = new ArrayList<>();
  private final List<Integer> groupHeights = new ArrayList<>();
  private final int height;

  public HorizontalBarChart(String name, String title, List<String> categories, List<Bars> bars,
      ChartStyle style, ChartFonts fonts) {
    this(name, title, categories, bars, style, fonts, "");
  }

  /** @param note a line under the title, e.g. "draft: 12 of 40 reviewed"; empty for none */
  public HorizontalBarChart(String name, String title, List<String> categories, List<Bars> bars,
      ChartStyle style, ChartFonts fonts, String note) {
    this.note = note;
    this.name = name;
    this.title = title;
    this.categories = List.copyOf(categories);
    this.bars = List.copyOf(bars);
    this.style = style;
    this.fonts = fonts;
    for (Bars b : bars) {
      if (b.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + b.label() + " has " + b.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
    int lineHeight = lineHeight();
    int barsHeight = bars.size() * BAR + Math.max(0, bars.size() - 1) * BAR_GAP;
    int total = plotTop();
    for (String c : categories) {
      List<String> lines = TextLines.wrap(c, fonts.label(), LABEL_WIDTH - 16);
      labelLines.add(lines);
      int h = Math.max(barsHeight, lines.size() * lineHeight);
      groupHeights.add(h);
      total += h + GROUP_GAP;
    }
    this.height = total + 40 + PAD;
  }

  private int lineHeight() {
    return (int) Math.ceil(fonts.label().getLineMetrics("Ag", TextLines.FRC).getHeight()) + 2;
  }

  private int plotTop() {
    return PAD + 40 + 44;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return height;
  }

  /** The line under the title ("draft: 12 of 40 reviewed ..."), empty when there is none. */
  public String note() {
    return note;
  }

  /** The bars as drawn, with their draft marks. */
  public List<Bars> bars() {
    return bars;
  }

  @Override
  public List<ChartSeries> series() {
    return bars.stream().map(b -> new ChartSeries(b.label(), categories, b.values())).toList();
  }

  @Override
  public void paint(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setColor(style.background());
    g.fill(new Rectangle2D.Double(0, 0, WIDTH, height));

    g.setColor(style.text());
    g.setFont(fonts.title());
    g.drawString(title, PAD, PAD + 28);
    paintLegend(g, PAD + 40 + 24);
    if (!note.isEmpty()) {
      g.setFont(fonts.small());
      g.setColor(draftInk());
      g.drawString(note, (float) (WIDTH - PAD - TextLines.width(note, fonts.small())), PAD + 40 + 24);
    }

    double x0 = PAD + LABEL_WIDTH;
    double x1 = WIDTH - PAD - VALUE_ROOM;
    int top = plotTop();
    int bottom = height - PAD - 40;
    paintGrid(g, x0, x1, top, bottom);

    int y = top;
    int lineHeight = lineHeight();
    for (int c = 0; c < categories.size(); c++) {
      int groupHeight = groupHeights.get(c);
      g.setColor(style.text());
      g.setFont(fonts.label());
      List<String> lines = labelLines.get(c);
      double textTop = y + (groupHeight - lines.size() * lineHeight) / 2.0;
      for (int l = 0; l < lines.size(); l++) {
        g.drawString(lines.get(l), PAD, (float) (textTop + (l + 1) * lineHeight - 5));
      }
      int barsHeight = bars.size() * BAR + (bars.size() - 1) * BAR_GAP;
      double barY = y + (groupHeight - barsHeight) / 2.0;
      for (Bars b : bars) {
        double v = b.values().get(c);
        g.setFont(fonts.value());
        if (Double.isNaN(v)) {
          boolean incomplete = b.mark(c).equals(Bars.INCOMPLETE);
          double at = x0 + 6;
          if (incomplete) {
            // no bar: a square of the series' colour says whose score is missing
            g.setColor(b.colour());
            g.fill(new Rectangle2D.Double(at, barY + 5, BAR - 10, BAR - 10));
            at += BAR - 4;
          }
          g.setColor(incomplete ? draftInk() : style.grid().darker());
          g.drawString(incomplete ? "incomplete" : "N/A", (float) at, (float) (barY + BAR - 6));
        } else {
          double end = x0 + (x1 - x0) * Math.max(0, Math.min(100, v)) / 100.0;
          g.setColor(b.colour());
          g.fill(new Rectangle2D.Double(x0, barY, end - x0, BAR));
          if (b.mark(c).equals(Bars.DRAFT)) {
            hatch(g, x0, barY, end - x0);
          }
          if (b.colour().equals(style.background()) || b.colour().equals(Color.WHITE) && style == ChartStyle.LIGHT) {
            g.setColor(style.text());
            g.draw(new Rectangle2D.Double(x0, barY, end - x0, BAR));
          }
          g.setColor(style.text());
          g.drawString(Numbers.score(v), (float) end + 6, (float) (barY + BAR - 6));
        }
        barY += BAR + BAR_GAP;
      }
      y += groupHeight + GROUP_GAP;
    }
  }

  /** Draft scores: the bar crossed by diagonal stripes of the background, and outlined. */
  private void hatch(Graphics2D g, double x, double y, double w) {
    java.awt.Shape clip = g.getClip();
    g.clip(new Rectangle2D.Double(x, y, w, BAR));
    g.setColor(style.background());
    g.setStroke(new BasicStroke(3f));
    for (double sx = x - BAR; sx < x + w; sx += 9) {
      g.draw(new Line2D.Double(sx, y + BAR, sx + BAR, y));
    }
    g.setClip(clip);
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    g.setColor(draftInk());
    g.draw(new Rectangle2D.Double(x, y, w, BAR));
    g.setStroke(new BasicStroke(1f));
  }

  /** Dark orange on white, light orange on the report's dark background. */
  private Color draftInk() {
    return style == ChartStyle.LIGHT ? new Color(0xA0, 0x40, 0x00) : new Color(0xF5, 0xA6, 0x5B);
  }

  private void paintLegend(Graphics2D g, int y) {
    g.setFont(fonts.small());
    double x = PAD;
    for (Bars b : bars) {
      g.setColor(b.colour());
      g.fill(new Rectangle2D.Double(x, y - 13, 16, 16));
      g.setColor(style.text());
      g.drawString(b.label(), (float) x + 22, y);
      x += 22 + TextLines.width(b.label(), fonts.small()) + 28;
    }
  }

  private void paintGrid(Graphics2D g, double x0, double x1, int top, int bottom) {
    g.setStroke(new BasicStroke(1f));
    g.setFont(fonts.small());
    for (int tick = 0; tick <= 100; tick += 20) {
      double x = x0 + (x1 - x0) * tick / 100.0;
      g.setColor(style.grid());
      g.draw(new Line2D.Double(x, top - 8, x, bottom));
      g.setColor(style.text());
      String label = Integer.toString(tick);
      g.drawString(label, (float) (x - TextLines.width(label, fonts.small()) / 2), bottom + 22);
    }
  }
}
