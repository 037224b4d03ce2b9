package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CuePattern;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;

/**
 * Finds elements by their catalogue cues alone, the way the scoring rules suggest answers:
 * an element with a hit is "partial", one without is "no disclosure found". Elements without
 * cues in the language are left out (nothing can be said about them).
 */
public final class CueElementLocator implements ElementLocator {
  private final Catalog catalog;
  private final Map<String, Map<String, List<Pattern>>> byLanguage = new HashMap<>();

  public CueElementLocator(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return catalog.id();
  }

  /**
   * Matches every cue against every sentence (a cue is written for one sentence: a cue with
   * parts, "a & b", needs both in the same sentence). A hit covers the whole sentence.
   */
  @Override
  public ElementFindings locate(String text, String lang) {
    List<Unit> units = new UnitSplitter().split(text);
    List<String> sentences = new ArrayList<>(units.size());
    for (Unit u : units) {
      // zero-width spaces would break Khmer phrases apart
      sentences.add(u.text().replace("\u200B", "").replace("\uFEFF", ""));
    }
    List<EvidenceSpan> hits = new ArrayList<>();
    Map<String, String> suggested = new LinkedHashMap<>();
    patterns(lang).forEach((elementId, patterns) -> {
      boolean found = false;
      for (int i = 0; i < units.size(); i++) {
        for (Pattern p : patterns) {
          if (p.matcher(sentences.get(i)).find()) {
            hits.add(new EvidenceSpan(elementId, units.get(i).start(), units.get(i).end()));
            found = true;
            break;
          }
        }
      }
      suggested.put(elementId, found ? "partial" : "no disclosure found");
    });
    return new ElementFindings(hits, suggested);
  }

  /** Element id to compiled cues, in catalogue order, for elements with cues in {@code lang}. */
  public boolean hasCues(String lang) {
    return !patterns(lang).isEmpty();
  }

  private Map<String, List<Pattern>> patterns(String lang) {
    return byLanguage.computeIfAbsent(lang, l -> {
      Map<String, List<Pattern>> out = new LinkedHashMap<>();
      for (Indicator i : catalog.indicators()) {
        for (Element e : i.elements()) {
          List<String> cues = e.cues().forLanguage(l);
          if (!cues.isEmpty()) {
            out.put(e.id(), cues.stream().map(CuePattern::compile).toList());
          }
        }
      }
      return out;
    });
  }
}
