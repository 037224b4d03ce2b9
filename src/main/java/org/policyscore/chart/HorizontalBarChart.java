package org.policyscore.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.policyscore.score.ScoreBasis;

/**
 * Horizontal bars on a 0-100 axis, a group of bars (one per series) for each category, the
 * value printed at the end of each bar: the layout of the 2022 report's company charts, used for
 * every bar chart. Long labels ("P10a | Process for responding to government demands...") and
 * titles wrap. A draft score (not every answer behind it reviewed) is drawn pale in a dashed
 * outline with the note "draft: n of m reviewed" after its value, and the legend sums the
 * chart's answers up ("draft: 12 of 40 reviewed"); an incomplete score (an element behind it has
 * no answer) has no bar and says "incomplete", never N/A.
 */
public final class HorizontalBarChart implements ScoreChart {
  /** One series of bars with its colour; {@code sources} says what stands behind each value. */
  public record Bars(String label, Color colour, List<Double> values, List<ScoreSource> sources) {
    /** How a bar is drawn when its score is a draft, or has no value because it is incomplete. */
    public static final String DRAFT = "draft";
    public static final String INCOMPLETE = "incomplete";

    public Bars {
      values = List.copyOf(values);
      sources = List.copyOf(sources);
      if (sources.size() != values.size()) {
        throw new IllegalArgumentException("series " + label + ": " + values.size() + " values, " + sources.size()
            + " sources");
      }
    }

    /** Per value: {@link #INCOMPLETE}, {@link #DRAFT}, or empty for a final score. */
    public List<String> marks() {
      return sources.stream().map(s -> s.incomplete() ? INCOMPLETE : s.draft() ? DRAFT : "").toList();
    }
  }

  private static final int WIDTH = 1200;
  private static final int PAD = 32;
  private static final int LABEL_WIDTH = 400;
  private static final int BAR = 22;
  private static final int BAR_GAP = 4;
  private static final int GROUP_GAP = 22;
  private static final int AXIS_ROOM = 40;

  private final String name;
  private final String title;
  private final List<String> categories;
  private final List<Bars> bars;
  private final ChartStyle style;
  private final ChartFonts fonts;
  private final ChartWords words;
  private final Heading heading;
  private final Legend legend;
  private final String note;
  private final List<List<String>> labelLines = new ArrayList<>();
  private final List<Integer> groupHeights = new ArrayList<>();
  private final double valueRoom;
  private final int height;

  public HorizontalBarChart(String name, String title, List<String> categories, List<Bars> bars,
      ChartStyle style, ChartFonts fonts, ChartWords words) {
    this.name = name;
    this.title = title;
    this.categories = List.copyOf(categories);
    this.bars = List.copyOf(bars);
    this.style = style;
    this.fonts = fonts;
    this.words = words;
    for (Bars b : bars) {
      if (b.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + b.label() + " has " + b.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
    this.heading = new Heading(title, fonts.title(), WIDTH - 2 * PAD);
    List<Legend.Entry> entries = new ArrayList<>();
    bars.forEach(b -> entries.add(new Legend.Entry(Swatch.BOX, b.colour(), b.label())));
    this.note = draftNote(bars, words);
    if (!note.isEmpty()) {
      entries.add(new Legend.Entry(Swatch.DRAFT_BOX, style.quiet(), words.draftLegend()));
    }
    this.legend = new Legend(entries, fonts.small(), WIDTH - 2 * PAD, note);
    double room = 0;
    for (Bars b : bars) {
      for (int i = 0; i < categories.size(); i++) {
        room = Math.max(room, valueWidth(b.values().get(i), b.sources().get(i)));
      }
    }
    this.valueRoom = Math.ceil(room) + 16;
    int lineHeight = lineHeight();
    int barsHeight = bars.size() * BAR + Math.max(0, bars.size() - 1) * BAR_GAP;
    double total = plotTop();
    for (String c : categories) {
      List<String> lines = TextLines.wrap(c, fonts.label(), LABEL_WIDTH - 16);
      labelLines.add(lines);
      int h = Math.max(barsHeight, lines.size() * lineHeight);
      groupHeights.add(h);
      total += h + GROUP_GAP;
    }
    this.height = (int) Math.ceil(total + AXIS_ROOM + PAD);
  }

  /**
   * The chart's summary when any bar is a draft: "draft: 4 of 11 reviewed", the answers behind
   * every bar computed from answers; else empty.
   */
  private static String draftNote(List<Bars> bars, ChartWords words) {
    List<ScoreSource> all = bars.stream().flatMap(b -> b.sources().stream())
        .filter(s -> s.origin() == ScoreSource.Origin.ANSWERS).toList();
    if (all.stream().noneMatch(ScoreSource::draft)) {
      return "";
    }
    ScoreBasis sum = all.stream().map(ScoreSource::review).reduce(new ScoreBasis(0, 0, true), ScoreBasis::plus);
    return words.draftNote(sum.reviewed(), sum.elements());
  }

  private double valueWidth(double value, ScoreSource source) {
    if (Double.isNaN(value) && source.incomplete()) {
      return BAR + TextLines.width(source.note(words), fonts.note());
    }
    double w = TextLines.width(Double.isNaN(value) ? words.notApplicable() : Numbers.score(value), fonts.value());
    String note = source.note(words);
    return note.isEmpty() ? w : w + 8 + TextLines.width(note, fonts.note());
  }

  private int lineHeight() {
    return (int) Math.ceil(fonts.label().getLineMetrics("Ag", TextLines.FRC).getHeight()) + 2;
  }

  private double plotTop() {
    return PAD + heading.height() + 12 + legend.height() + 18;
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

  /** The chart's summary of drafts ("draft: 12 of 40 reviewed"), drawn with the legend; empty when none. */
  public String note() {
    return note;
  }

  /** The title as wrapped onto lines. */
  List<String> titleLines() {
    return heading.lines();
  }

  /** Each category's label as wrapped onto lines. */
  List<List<String>> labelLines() {
    return List.copyOf(labelLines);
  }

  /** The bars as drawn, with what stands behind each. */
  public List<Bars> bars() {
    return bars;
  }

  @Override
  public ChartFonts fonts() {
    return fonts;
  }

  @Override
  public List<ChartSeries> series() {
    return bars.stream().map(b -> new ChartSeries(b.label(), b.colour(), categories, b.values(),
        b.sources().stream().map(x -> x.note(words)).toList())).toList();
  }

  @Override
  public void paint(Canvas c) {
    c.fill(new Rectangle2D.Double(0, 0, WIDTH, height), style.background());
    heading.paint(c, PAD, PAD, style);
    legend.paint(c, PAD, PAD + heading.height() + 12, style);

    double x0 = PAD + LABEL_WIDTH;
    double x1 = WIDTH - PAD - valueRoom;
    double top = plotTop();
    double bottom = height - PAD - AXIS_ROOM;
    paintGrid(c, x0, x1, top, bottom);

    double y = top;
    int lineHeight = lineHeight();
    for (int k = 0; k < categories.size(); k++) {
      int groupHeight = groupHeights.get(k);
      List<String> lines = labelLines.get(k);
      double textTop = y + (groupHeight - lines.size() * lineHeight) / 2.0;
      for (int l = 0; l < lines.size(); l++) {
        c.text(lines.get(l), PAD, textTop + (l + 1) * lineHeight - 5, fonts.label(), style.text(), Canvas.Anchor.START);
      }
      int barsHeight = bars.size() * BAR + (bars.size() - 1) * BAR_GAP;
      double barY = y + (groupHeight - barsHeight) / 2.0;
      for (Bars b : bars) {
        paintBar(c, b, k, x0, x1, barY);
        barY += BAR + BAR_GAP;
      }
      y += groupHeight + GROUP_GAP;
    }
  }

  private void paintBar(Canvas c, Bars b, int k, double x0, double x1, double barY) {
    double v = b.values().get(k);
    ScoreSource source = b.sources().get(k);
    double baseline = barY + BAR - 6;
    if (Double.isNaN(v) && source.incomplete()) {
      // no value yet, which is not N/A: an empty draft box of the series' colour says whose score it is
      Swatch.DRAFT_BOX.paint(c, x0 + 6 + (BAR - 8) / 2.0, barY + BAR / 2.0, BAR - 8, b.colour(), style);
      c.text(source.note(words), x0 + BAR + 4, baseline, fonts.note(), style.text(), Canvas.Anchor.START);
      return;
    }
    if (Double.isNaN(v)) {
      c.text(words.notApplicable(), x0 + 6, baseline, fonts.value(), style.quiet(), Canvas.Anchor.START);
      return;
    }
    double end = x0 + (x1 - x0) * Math.max(0, Math.min(100, v)) / 100.0;
    Rectangle2D.Double r = new Rectangle2D.Double(x0, barY, end - x0, BAR);
    String value = Numbers.score(v);
    String note = source.note(words);
    String tooltip = b.label() + " · " + categories.get(k) + ": " + value + (note.isEmpty() ? "" : " (" + note + ")");
    if (source.draft()) {
      Swatch.draftBar(c, r, b.colour(), style, tooltip);
    } else {
      c.fill(r, b.colour(), tooltip);
      Swatch.outlineIfInvisible(c, r, b.colour(), style);
    }
    c.text(value, end + 6, baseline, fonts.value(), style.text(), Canvas.Anchor.START);
    if (!note.isEmpty()) {
      c.text(note, end + 14 + TextLines.width(value, fonts.value()), baseline, fonts.note(), style.quiet(),
          Canvas.Anchor.START);
    }
  }

  private void paintGrid(Canvas c, double x0, double x1, double top, double bottom) {
    for (int tick = 0; tick <= 100; tick += 20) {
      double x = x0 + (x1 - x0) * tick / 100.0;
      c.stroke(new Line2D.Double(x, top - 8, x, bottom), style.grid(), 1, false);
      c.text(Integer.toString(tick), x, bottom + 22, fonts.small(), style.text(), Canvas.Anchor.MIDDLE);
    }
  }
}
