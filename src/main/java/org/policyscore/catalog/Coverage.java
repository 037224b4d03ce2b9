package org.policyscore.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * How a catalogue's elements get answered when a study is scored: by cues in English and in
 * Khmer, from facts about the documents, or by a person (the catalogue says why). An element
 * with none of these is a gap: the tool cannot suggest anything for it, and says so.
 *
 * @param elements the elements counted
 * @param cued elements with cues in both English and Khmer
 * @param fromFacts elements answered from facts (languages, clicks from the home page)
 * @param readByPerson elements the catalogue leaves to a person
 * @param gaps elements none of the above, with what they lack ("P4.4: no km cues")
 */
public record Coverage(int elements, int cued, int fromFacts, int readByPerson, List<String> gaps) {
  public Coverage {
    gaps = List.copyOf(gaps);
  }

  public static Coverage of(List<Element> elements) {
    int cued = 0;
    int facts = 0;
    int person = 0;
    List<String> gaps = new ArrayList<>();
    for (Element e : elements) {
      if (e.readByPerson().isPresent()) {
        person++;
      } else if (e.fact().isPresent()) {
        facts++;
      } else if (e.cuedIn("en") && e.cuedIn("km")) {
        cued++;
      } else {
        gaps.add(e.id() + ": " + (e.cuedIn("en") ? "no km cues" : e.cuedIn("km") ? "no en cues" : "no cues"));
      }
    }
    return new Coverage(elements.size(), cued, facts, person, gaps);
  }

  /** Elements that are answered one way or another. */
  public int covered() {
    return cued + fromFacts + readByPerson;
  }
}
