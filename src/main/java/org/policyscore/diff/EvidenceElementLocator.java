package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.evidence.EvidenceFinder;
import org.policyscore.evidence.EvidenceHit;
import org.policyscore.evidence.EvidenceSource;

/**
 * Finds elements with the scoring pipeline's evidence finder (the catalogue's cues, with
 * inflection tolerance and Khmer normalisation) and suggests answers the way scoring does for
 * text evidence: a hit suggests "partial", none "no disclosure found". Answers that depend on
 * the company's other documents (languages published, how the page is reached) are not
 * suggested here: a diff compares one document. Elements without cues in the language are
 * left out, since nothing can be said about them. {@link #locate} may be called from two
 * threads at once (a diff reads both versions together).
 */
public final class EvidenceElementLocator implements ElementLocator {
  private final Catalog catalog;
  /** Compiled on first use: a diff of identical texts never needs it. */
  private volatile EvidenceFinder finder;

  private final Map<String, Integer> positions = new java.util.HashMap<>();

  public EvidenceElementLocator(Catalog catalog) {
    this.catalog = catalog;
    for (Indicator i : catalog.scored()) {
      for (Element e : i.elements()) {
        positions.putIfAbsent(e.id(), positions.size());
      }
    }
  }

  private EvidenceFinder finder() {
    EvidenceFinder f = finder;
    if (f == null) {
      synchronized (this) {
        f = finder;
        if (f == null) {
          f = EvidenceFinder.of(catalog);
          finder = f;
        }
      }
    }
    return f;
  }

  @Override
  public int position(String elementId) {
    return positions.getOrDefault(elementId, Integer.MAX_VALUE);
  }

  @Override
  public String name() {
    return catalog.id();
  }

  /** Whether any element has cues in {@code lang}. */
  public boolean hasCues(String lang) {
    return !elementsWithCues(lang).isEmpty();
  }

  /**
   * The last few texts read: a run over a document's history reads each version (and its
   * translation's) as the newer side of one change and the older side of the next.
   */
  private final Map<String, ElementFindings> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ElementFindings> eldest) {
      return size() > 8;
    }
  };

  @Override
  public ElementFindings locate(String text, String lang) {
    String key = lang + "\u0000" + text;
    ElementFindings known;
    synchronized (recent) {
      known = recent.get(key);
    }
    if (known != null) {
      return known;
    }
    ElementFindings found = find(text, lang);
    synchronized (recent) {
      recent.put(key, found);
    }
    return found;
  }

  private ElementFindings find(String text, String lang) {
    List<EvidenceSpan> spans = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (EvidenceHit h : finder().find(new EvidenceSource("", "", lang, "", text))) {
      spans.add(new EvidenceSpan(h.elementId(), h.start(), h.end()));
      found.add(h.elementId());
    }
    Map<String, String> suggested = new LinkedHashMap<>();
    for (String id : elementsWithCues(lang)) {
      suggested.put(id, found.contains(id) ? "partial" : "no disclosure found");
    }
    return new ElementFindings(spans, suggested);
  }

  @Override
  public Set<String> elementsIn(String sentence, String lang) {
    return new java.util.LinkedHashSet<>(finder().elementsIn(lang, sentence));
  }

  @Override
  public String question(String elementId) {
    return catalog.element(elementId).map(Element::question).orElse("");
  }

  private List<String> elementsWithCues(String lang) {
    List<String> ids = new ArrayList<>();
    for (Indicator i : catalog.scored()) {
      for (Element e : i.elements()) {
        if (!e.cues().forLanguage(lang).isEmpty()) {
          ids.add(e.id());
        }
      }
    }
    return ids;
  }
}
