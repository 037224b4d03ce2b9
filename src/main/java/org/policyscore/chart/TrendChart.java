package org.policyscore.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One indicator of one company year by year, a line per service. The title wraps; the axes
 * always show 0-100 in steps of 20 and every year. Lines that coincide stay visible: each line
 * is drawn narrower than the one before it, so a line on top of another shows its colour inside
 * the other's. A point's marker says what stands behind it (published figure, every answer
 * reviewed, draft, review not recorded), a line into a draft is dashed, and a year where a score
 * stands on another number of elements than the year before is marked with a dashed rule and
 * "7 → 5 elements".
 */
public final class TrendChart implements ScoreChart {
  /**
   * One service's line: its scores and what stands behind them, by year.
   *
   * @param incomplete years where the score has no value yet because an element behind it has
   *     no answer (not N/A): said at that year, with no point
   */
  public record Line(String label, Color colour, SortedMap<Integer, Double> values, Map<Integer, ScoreSource> sources,
      SortedSet<Integer> incomplete) {
    public Line {
      values = new TreeMap<>(values);
      sources = Map.copyOf(sources);
      incomplete = new TreeSet<>(incomplete);
    }

    public Line(String label, Color colour, SortedMap<Integer, Double> values, Map<Integer, ScoreSource> sources) {
      this(label, colour, values, sources, new TreeSet<>());
    }
  }

  private static final int WIDTH = 1200;
  private static final int PLOT_HEIGHT = 400;
  private static final int PAD = 32;
  private static final int Y_LABELS = 56;

  private final String name;
  private final String title;
  private final List<Integer> years;
  private final List<Line> lines;
  private final SortedMap<Integer, List<String>> elementMarks;
  private final ChartStyle style;
  private final ChartFonts fonts;
  private final ChartWords words;
  private final Heading heading;
  private final Legend legend;
  private final int height;

  /**
   * @param years every year on the axis, in order
   * @param elementMarks per year, the notes on a changed number of elements ("7 → 5 elements")
   */
  public TrendChart(String name, String title, List<Integer> years, List<Line> lines,
      SortedMap<Integer, List<String>> elementMarks, ChartStyle style, ChartFonts fonts, ChartWords words) {
    this.name = name;
    this.title = title;
    this.years = List.copyOf(years);
    this.lines = List.copyOf(lines);
    this.elementMarks = new TreeMap<>(elementMarks);
    this.style = style;
    this.fonts = fonts;
    this.words = words;
    this.heading = new Heading(title, fonts.title(), WIDTH - 2 * PAD);
    List<Legend.Entry> entries = new ArrayList<>();
    lines.forEach(l -> entries.add(new Legend.Entry(Swatch.LINE, l.colour(), l.label())));
    List<ScoreSource> all = lines.stream().flatMap(l -> l.sources().values().stream()).toList();
    if (all.stream().anyMatch(b -> b.origin() == ScoreSource.Origin.PUBLISHED)) {
      entries.add(new Legend.Entry(Swatch.SQUARE, style.quiet(), words.published()));
    }
    if (all.stream().anyMatch(ScoreSource::reviewedInFull)) {
      entries.add(new Legend.Entry(Swatch.CIRCLE, style.quiet(), words.reviewed()));
    }
    if (all.stream().anyMatch(ScoreSource::draft)) {
      entries.add(new Legend.Entry(Swatch.RING, style.quiet(), words.draftLegend()));
    }
    if (all.stream().anyMatch(b -> b.origin() == ScoreSource.Origin.UNRECORDED)) {
      entries.add(new Legend.Entry(Swatch.DIAMOND, style.quiet(), words.unrecorded()));
    }
    if (!elementMarks.isEmpty()) {
      entries.add(new Legend.Entry(Swatch.DASHED_RULE, style.quiet(), words.elementsLegend()));
    }
    this.legend = new Legend(entries, fonts.small(), WIDTH - 2 * PAD);
    this.height = (int) Math.ceil(plotTop() + PLOT_HEIGHT + 48 + PAD);
  }

  private double plotTop() {
    int notes = elementMarks.values().stream().mapToInt(List::size).max().orElse(1);
    return PAD + heading.height() + 12 + legend.height() + 40 + 16 * Math.max(0, notes - 1);
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

  @Override
  public ChartFonts fonts() {
    return fonts;
  }

  /** The title as wrapped onto lines. */
  List<String> titleLines() {
    return heading.lines();
  }

  /** Per year, the notes on a changed number of elements. */
  public SortedMap<Integer, List<String>> elementMarks() {
    return new TreeMap<>(elementMarks);
  }

  /** Per line: the years with a score, the scores, and per point what stands behind it. */
  @Override
  public List<ChartSeries> series() {
    List<ChartSeries> out = new ArrayList<>();
    for (Line l : lines) {
      TreeSet<Integer> years = new TreeSet<>(l.values().keySet());
      years.addAll(l.incomplete());
      List<String> ys = years.stream().map(String::valueOf).toList();
      List<Double> values = years.stream().map(y -> l.values().getOrDefault(y, Double.NaN)).toList();
      List<String> marks = years.stream().map(y -> mark(l.sources().get(y))).toList();
      out.add(new ChartSeries(l.label(), l.colour(), ys, values, marks));
    }
    return out;
  }

  private String mark(ScoreSource b) {
    if (b == null) {
      return words.unrecorded();
    }
    return switch (b.origin()) {
      case PUBLISHED -> words.published();
      case ANSWERS -> b.draft() || b.incomplete() ? b.note(words) : words.reviewed();
      case UNRECORDED -> words.unrecorded();
    };
  }

  private Swatch marker(ScoreSource b) {
    if (b == null || b.origin() == ScoreSource.Origin.UNRECORDED) {
      return Swatch.DIAMOND;
    }
    return b.origin() == ScoreSource.Origin.PUBLISHED ? Swatch.SQUARE : b.draft() ? Swatch.RING : Swatch.CIRCLE;
  }

  @Override
  public void paint(Canvas c) {
    c.fill(new Rectangle2D.Double(0, 0, WIDTH, height), style.background());
    heading.paint(c, PAD, PAD, style);
    legend.paint(c, PAD, PAD + heading.height() + 12, style);
    double left = PAD + Y_LABELS;
    double right = WIDTH - PAD - 24;
    double top = plotTop();
    double bottom = top + PLOT_HEIGHT;
    for (int tick = 0; tick <= 100; tick += 20) {
      double y = y(tick, top, bottom);
      c.stroke(new Line2D.Double(left, y, right, y), style.grid(), 1, false);
      c.text(Integer.toString(tick), left - 10, y + 5, fonts.small(), style.text(), Canvas.Anchor.END);
    }
    int every = Math.max(1, (int) Math.ceil(years.size() / 16.0));
    for (int i = 0; i < years.size(); i++) {
      double x = x(years.get(i), left, right);
      c.stroke(new Line2D.Double(x, bottom, x, bottom + 6), style.grid(), 1, false);
      if (i % every == 0 || i == years.size() - 1) {
        c.text(Integer.toString(years.get(i)), x, bottom + 26, fonts.label(), style.text(), Canvas.Anchor.MIDDLE);
      }
    }
    for (Map.Entry<Integer, List<String>> m : elementMarks.entrySet()) {
      // just before the year's points, so the rule crosses neither their markers nor their values
      double x = x(m.getKey(), left, right) - 26;
      c.stroke(new Line2D.Double(x, top - 24, x, bottom), style.quiet(), 1.5, true);
      double ty = top - 28 - (m.getValue().size() - 1) * 16;
      boolean last = m.getKey().equals(years.get(years.size() - 1));
      for (String note : m.getValue()) {
        c.text(note, last ? x - 6 : x + 6, ty, fonts.note(), style.quiet(), last ? Canvas.Anchor.END
            : Canvas.Anchor.START);
        ty += 16;
      }
    }
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      paintLine(c, lines.get(i), 3 + 3.5 * (n - 1 - i), left, right, top, bottom);
    }
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      double size = 11 + 6 * (n - 1 - i);
      for (Map.Entry<Integer, Double> p : l.values().entrySet()) {
        ScoreSource b = l.sources().get(p.getKey());
        marker(b).paint(c, x(p.getKey(), left, right), y(p.getValue(), top, bottom), size, l.colour(), style);
      }
    }
    paintValues(c, left, right, top, bottom);
    paintIncomplete(c, left, right, bottom);
  }

  /** "Mobile: incomplete" above the axis at a year whose score has no value yet, one line per service. */
  private void paintIncomplete(Canvas c, double left, double right, double bottom) {
    for (int year : years) {
      List<Line> missing = lines.stream().filter(l -> l.incomplete().contains(year)).toList();
      double ty = bottom - 12;
      for (Line l : missing) {
        String text = (lines.size() > 1 ? l.label() + ": " : "") + words.incomplete();
        double w = TextLines.width(text, fonts.note());
        // centred on the year, but kept inside the plot at its first and last year
        double start = Math.max(left + 24, Math.min(right - w, x(year, left, right) - w / 2));
        Swatch.RING.paint(c, start - 10, ty - 4, 9, l.colour(), style);
        c.text(text, start, ty, fonts.note(), style.quiet(), Canvas.Anchor.START);
        ty -= 16;
      }
    }
  }

  private void paintLine(Canvas c, Line l, double width, double left, double right, double top, double bottom) {
    Integer before = null;
    for (Map.Entry<Integer, Double> p : l.values().entrySet()) {
      if (before != null) {
        ScoreSource b = l.sources().get(p.getKey());
        c.stroke(new Line2D.Double(x(before, left, right), y(l.values().get(before), top, bottom),
            x(p.getKey(), left, right), y(p.getValue(), top, bottom)), l.colour(), width, b != null && b.draft());
      }
      before = p.getKey();
    }
  }

  /** Each year's values once (lines that coincide share a label), above their point, or below when crowded. */
  private void paintValues(Canvas c, double left, double right, double top, double bottom) {
    for (int year : years) {
      List<Double> values = new ArrayList<>();
      for (Line l : lines) {
        Double v = l.values().get(year);
        if (v != null && values.stream().noneMatch(x -> Numbers.score(x).equals(Numbers.score(v)))) {
          values.add(v);
        }
      }
      values.sort((a, b) -> Double.compare(b, a));
      double lastY = Double.NEGATIVE_INFINITY;
      boolean below = false;
      for (double v : values) {
        double y = y(v, top, bottom);
        below = !below && y - lastY < 30;
        double ty = below ? y + 30 : y - 16;
        c.text(Numbers.score(v), x(year, left, right), ty, fonts.value(), style.text(), Canvas.Anchor.MIDDLE);
        lastY = y;
      }
    }
  }

  private double x(int year, double left, double right) {
    int first = years.get(0);
    int last = years.get(years.size() - 1);
    double margin = 48;
    return last == first ? (left + right) / 2
        : left + margin + (right - left - 2 * margin) * (year - first) / (double) (last - first);
  }

  private static double y(double value, double top, double bottom) {
    return bottom - (bottom - top) * Math.max(0, Math.min(100, value)) / 100.0;
  }
}
