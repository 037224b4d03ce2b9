package org.policyscore.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.score.Answer;

/**
 * Answers at a glance: elements down (catalogue order), a column for each company's service (or
 * group / operating company) across, in the study's order. Each cell names its answer (yes,
 * partial, no, no disclosure found, N/A) on a colour that goes with it (blues for points, oranges
 * for none, grey for N/A), so colour is never the only sign; an element the catalogue excludes
 * there, or with no answer yet, is an empty cell saying so. A suggestion no person has reviewed
 * is pale in a dashed outline and ends in "?".
 */
public final class ElementHeatmap implements ScoreChart {
  private static final Map<Answer, Color> FILL = Map.of(
      Answer.YES, new Color(0x1F, 0x78, 0xB4),
      Answer.PARTIAL, new Color(0xA6, 0xCE, 0xE3),
      Answer.NO, new Color(0xD5, 0x5E, 0x00),
      Answer.NO_DISCLOSURE_FOUND, new Color(0xF6, 0xC8, 0x9F),
      Answer.NOT_APPLICABLE, new Color(0xBD, 0xBD, 0xBD));
  private static final List<Answer> ORDER = List.of(Answer.YES, Answer.PARTIAL, Answer.NO,
      Answer.NO_DISCLOSURE_FOUND, Answer.NOT_APPLICABLE);
  private static final int PAD = 32;
  private static final int ROW_LABEL = 96;
  private static final int ROW = 26;
  private static final int MIN_COLUMN = 64;
  private static final int MIN_WIDTH = 1200;

  private final String title;
  private final List<AnswerCell> cells;
  private final List<String> columnKeys;
  private final List<String> columnLabels;
  private final List<String> elements;
  private final Map<String, AnswerCell> byKey = new LinkedHashMap<>();
  private final ChartStyle style;
  private final ChartFonts fonts;
  private final ChartWords words;
  private final int width;
  private final double columnWidth;
  private final boolean shortWords;
  private final Heading heading;
  private final Legend legend;
  private final List<List<String>> headerLines = new ArrayList<>();
  private final double headerHeight;
  private final int height;

  private ElementHeatmap(String title, List<AnswerCell> cells, ChartLabels labels, ChartStyle style, ChartFonts fonts) {
    this.title = title;
    this.cells = List.copyOf(cells);
    this.style = style;
    this.fonts = fonts;
    this.words = labels.words();
    LinkedHashMap<String, String> columns = new LinkedHashMap<>();
    LinkedHashSet<String> rows = new LinkedHashSet<>();
    for (AnswerCell c : cells) {
      String key = c.company() + "\u0000" + c.column();
      String column = c.column().equals("group") || c.column().equals("opcom") ? words.level(c.column())
          : labels.service(c.column());
      columns.putIfAbsent(key, labels.company(c.company()) + " · " + column);
      rows.add(c.element());
      byKey.put(key + "\u0000" + c.element(), c);
    }
    // a company's columns side by side, companies and their columns in the order the cells come
    List<String> companyOrder = cells.stream().map(AnswerCell::company).distinct().toList();
    List<String> keys = new ArrayList<>(columns.keySet());
    keys.sort(java.util.Comparator.comparingInt(k -> companyOrder.indexOf(k.substring(0, k.indexOf('\u0000')))));
    this.columnKeys = List.copyOf(keys);
    this.columnLabels = keys.stream().map(columns::get).toList();
    this.elements = List.copyOf(rows);
    this.width = Math.max(MIN_WIDTH, 2 * PAD + ROW_LABEL + MIN_COLUMN * columnKeys.size());
    this.columnWidth = columnKeys.isEmpty() ? 0 : (width - 2 * PAD - ROW_LABEL) / (double) columnKeys.size();
    double widest = ORDER.stream().mapToDouble(a -> TextLines.width(words.answer(a, false) + "?", fonts.small()))
        .max().orElse(0);
    this.shortWords = widest + 10 > columnWidth;
    this.heading = new Heading(title, fonts.title(), width - 2 * PAD);
    List<Legend.Entry> entries = new ArrayList<>();
    ORDER.forEach(a -> entries.add(new Legend.Entry(Swatch.BOX, FILL.get(a), words.answerInFull(a))));
    entries.add(new Legend.Entry(Swatch.EMPTY_BOX, style.quiet(), words.excludedInFull()));
    // the same answer's two looks, so the pair reads as reviewed or not rather than as colours
    entries.add(new Legend.Entry(Swatch.BOX, FILL.get(Answer.PARTIAL), words.reviewedCell()));
    entries.add(new Legend.Entry(Swatch.DRAFT_BOX, FILL.get(Answer.PARTIAL), words.suggestionCell()));
    this.legend = new Legend(entries, fonts.small(), width - 2 * PAD);
    int lines = 1;
    for (String label : columnLabels) {
      List<String> wrapped = TextLines.wrap(label, fonts.small(), columnWidth - 8);
      headerLines.add(wrapped);
      lines = Math.max(lines, wrapped.size());
    }
    this.headerHeight = lines * lineHeight() + 10;
    this.height = (int) Math.ceil(gridTop() + elements.size() * ROW + PAD);
  }

  public static ElementHeatmap build(List<AnswerCell> cells, ChartLabels labels, ChartStyle style, ChartFonts fonts)
      throws MissingFontException {
    String title = labels.country().isBlank() ? labels.words().answers()
        : labels.words().answers() + " | " + labels.country();
    ElementHeatmap chart = new ElementHeatmap(title, cells, labels, style, fonts);
    List<String> texts = new ArrayList<>(chart.columnLabels);
    texts.add(title);
    fonts.checkCanDraw(texts);
    return chart;
  }

  private double lineHeight() {
    return Math.ceil(fonts.small().getLineMetrics("Ag", TextLines.FRC).getHeight()) + 1;
  }

  private double gridTop() {
    return PAD + heading.height() + 12 + legend.height() + 16 + headerHeight;
  }

  @Override
  public String name() {
    return "answers-heatmap";
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public ChartFonts fonts() {
    return fonts;
  }

  /** The cell of a company's column (service, group or opcom) for an element. */
  public Optional<AnswerCell> cell(String company, String column, String element) {
    return Optional.ofNullable(byKey.get(company + "\u0000" + column + "\u0000" + element));
  }

  /** The column labels, left to right ("Smart Axiata · Mobile"). */
  public List<String> columns() {
    return columnLabels;
  }

  /**
   * One series per column: per element the answer's points as drawn (NaN where there are none)
   * and the words in the cell.
   */
  @Override
  public List<ChartSeries> series() {
    List<ChartSeries> out = new ArrayList<>();
    for (int i = 0; i < columnKeys.size(); i++) {
      List<Double> values = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (String e : elements) {
        AnswerCell c = byKey.get(columnKeys.get(i) + "\u0000" + e);
        values.add(c == null || c.answer().isEmpty() ? Double.NaN
            : c.answer().get().points(false).orElse(Double.NaN));
        texts.add(c == null ? "" : text(c));
      }
      out.add(new ChartSeries(columnLabels.get(i), style.text(), elements, values, texts));
    }
    return out;
  }

  private String text(AnswerCell c) {
    if (c.excluded()) {
      return words.excluded(shortWords);
    }
    if (c.answer().isEmpty()) {
      return "—";
    }
    return words.answer(c.answer().get(), shortWords) + (c.reviewed() ? "" : "?");
  }

  @Override
  public void paint(Canvas c) {
    c.fill(new Rectangle2D.Double(0, 0, width, height), style.background());
    heading.paint(c, PAD, PAD, style);
    legend.paint(c, PAD, PAD + heading.height() + 12, style);
    double left = PAD + ROW_LABEL;
    double top = gridTop();
    for (int i = 0; i < columnKeys.size(); i++) {
      List<String> lines = headerLines.get(i);
      double x = left + i * columnWidth + columnWidth / 2;
      double y = top - 8 - (lines.size() - 1) * lineHeight();
      for (String line : lines) {
        c.text(line, x, y, fonts.small(), style.text(), Canvas.Anchor.MIDDLE);
        y += lineHeight();
      }
    }
    String indicator = "";
    for (int r = 0; r < elements.size(); r++) {
      String element = elements.get(r);
      double y = top + r * ROW;
      String ind = element.contains(".") ? element.substring(0, element.indexOf('.')) : element;
      if (!ind.equals(indicator) && r > 0) {
        c.stroke(new Line2D.Double(PAD, y, width - PAD, y), style.text(), 1, false);
      }
      indicator = ind;
      c.text(element, PAD, y + ROW - 8, fonts.small(), style.text(), Canvas.Anchor.START);
      for (int i = 0; i < columnKeys.size(); i++) {
        AnswerCell cell = byKey.get(columnKeys.get(i) + "\u0000" + element);
        paintCell(c, cell, left + i * columnWidth, y);
      }
    }
  }

  private void paintCell(Canvas c, AnswerCell cell, double x, double y) {
    Rectangle2D.Double r = new Rectangle2D.Double(x + 2, y + 2, columnWidth - 4, ROW - 4);
    if (cell == null) {
      return;
    }
    String text = text(cell);
    String tooltip = cell.company() + " · " + cell.column() + " · " + cell.element() + ": " + text;
    double cx = x + columnWidth / 2;
    double baseline = y + ROW - 8;
    if (cell.answer().isEmpty()) {
      c.stroke(r, style.grid(), 1, true);
      c.text(text, cx, baseline, fonts.note(), style.quiet(), Canvas.Anchor.MIDDLE);
      return;
    }
    Color fill = FILL.get(cell.answer().get());
    if (cell.reviewed()) {
      c.fill(r, fill, tooltip);
      c.text(text, cx, baseline, fonts.small(), textOn(fill), Canvas.Anchor.MIDDLE);
    } else {
      Swatch.draftBar(c, r, fill, style, tooltip);
      c.text(text, cx, baseline, fonts.note(), style.text(), Canvas.Anchor.MIDDLE);
    }
  }

  /** Dark text on light fills, white on dark ones. */
  private static Color textOn(Color fill) {
    double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
    return luminance > 150 ? new Color(0x22, 0x22, 0x22) : Color.WHITE;
  }
}
