package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

  @Override
  public ElementFindings locate(String text, String lang) {
    // Zero-width spaces would break Khmer phrases apart: match without them, report offsets
    // in the text as given.
    int[] original = new int[text.length() + 1];
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c != '\u200B' && c != '\uFEFF') {
        original[cleaned.length()] = k;
        cleaned.append(c);
      }
    }
    original[cleaned.length()] = text.length();
    String clean = cleaned.toString();
    List<EvidenceHit> hits = new ArrayList<>();
    Map<String, String> suggested = new LinkedHashMap<>();
    patterns(lang).forEach((elementId, patterns) -> {
      boolean found = false;
      for (Pattern p : patterns) {
        Matcher m = p.matcher(clean);
        while (m.find()) {
          if (m.end() > m.start()) {
            hits.add(new EvidenceHit(elementId, original[m.start()], original[m.end() - 1] + 1));
            found = true;
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
