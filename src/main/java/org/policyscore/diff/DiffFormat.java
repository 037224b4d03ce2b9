package org.policyscore.diff;

import java.util.Locale;
import java.util.Optional;

/** How a diff is written out: terminal text, Markdown for a story draft, or HTML side by side. */
public enum DiffFormat {
  TEXT("text"),
  MARKDOWN("md"),
  HTML("html");

  private final String option;

  DiffFormat(String option) {
    this.option = option;
  }

  public String option() {
    return option;
  }

  public static Optional<DiffFormat> parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    for (DiffFormat f : values()) {
      if (f.option.equals(t) || f.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Renders a diff and, when given, the elements it touches.
   *
   * @param touched null when elements were not looked for
   * @param color ANSI colours (text only; ignored by the other formats)
   */
  public String render(DiffResult diff, ElementsTouched touched, boolean color) {
    return switch (this) {
      case TEXT -> new TextDiffRenderer(color).render(diff, touched);
      case MARKDOWN -> MarkdownDiffRenderer.render(diff, touched);
      case HTML -> HtmlDiffRenderer.render(diff, touched);
    };
  }
}
