package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CuePattern;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;

/**
 * Finds the sentences of a text version that match the cues of a catalogue's elements. All
 * phrase cues of a language are compiled once into one token automaton and the few regular
 * expression cues into one combined pattern ({@link RegexCues}), so each sentence is read once
 * whatever the number of cues.
 *
 * <p>A sentence matches a cue when it has a phrase of every part of the cue. Real policies
 * spread one statement over a heading and the sentences under it ("How long we keep your
 * information" / "We keep call records for 12 months."), and over a lead-in and its list
 * items ("We collect:" / "- your location"), so a sentence may also match with help from its
 * context: its section's heading may supply any parts but one, and the sentence before it in
 * the paragraph (for a list item: the list's lead-in) one part. The sentence itself must have
 * at least one part. Headings are context only, never quoted.
 *
 * <p>Each hit carries a weight for ranking quotes, most specific first: a sentence that
 * matches on its own outweighs one helped by context; cues of more parts and more cues of the
 * same element weigh more; a line that reads as a table of contents (many indicators in a few
 * words) or an endless sentence weighs less.
 */
public final class EvidenceFinder {
  private final Map<String, CompiledCues> languages = new HashMap<>();
  private final Set<String> overBudget = new ConcurrentSkipListSet<>();

  private EvidenceFinder() {}

  /** Compiles the cues of every element of the catalogue. */
  public static EvidenceFinder of(Catalog catalog) {
    EvidenceFinder finder = new EvidenceFinder();
    for (Indicator indicator : catalog.scored()) {
      for (Element element : indicator.elements()) {
        for (String lang : List.of("en", "km")) {
          for (String cue : element.cues().forLanguage(lang)) {
            finder.languages.computeIfAbsent(lang, k -> new CompiledCues()).add(element.id(), cue, lang, catalog);
          }
        }
      }
    }
    finder.languages.values().forEach(CompiledCues::seal);
    return finder;
  }

  /** How many cues were compiled, all languages together. */
  public int cueCount() {
    return languages.values().stream().mapToInt(l -> l.cues.size()).sum();
  }

  /** How many phrases (alternatives of cue parts) the automata hold, all languages together. */
  public int phraseCount() {
    return languages.values().stream().mapToInt(l -> l.phrases).sum();
  }

  /**
   * Regular-expression cues given up on a sentence because they ran past their match budget
   * (a pattern that backtracks catastrophically), as "cue (element)"; they matched nothing
   * there. Empty when all went well.
   */
  public Set<String> cuesOverBudget() {
    return Set.copyOf(overBudget);
  }

  /** Every sentence of the source that matches an element's cues, one hit per element. */
  public List<EvidenceHit> find(EvidenceSource source) {
    CompiledCues l = languages.get(source.lang());
    if (l == null) {
      return List.of();
    }
    String text = source.text();
    UnitMatcher m = new UnitMatcher(l, overBudget);
    List<EvidenceHit> hits = new ArrayList<>();
    char[] chars = text.toCharArray();
    for (Sentences.Unit u : Sentences.units(chars)) {
      m.read(chars, text, u.start(), u.end());
      if (u.role() == Sentences.Role.HEADING) {
        m.keepAsHeading();
        m.forgetPrevious();
        continue;
      }
      boolean sentence = u.role() == Sentences.Role.SENTENCE;
      if (sentence && u.paragraphStart()) {
        m.forgetPrevious();
      }
      Map<String, UnitMatcher.Match> elements = m.matches(true);
      if (!elements.isEmpty()) {
        String quote = text.substring(u.start(), u.end());
        int penalty = penalty(elements.keySet(), quote);
        for (Map.Entry<String, UnitMatcher.Match> e : elements.entrySet()) {
          UnitMatcher.Match match = e.getValue();
          hits.add(new EvidenceHit(e.getKey(), source.documentId(), source.lang(), source.snapshotSha(),
              u.start(), u.end(), quote, l.cues.get(match.cue()).text(), match.cueCount(),
              match.weight() - penalty));
        }
      }
      // the items of a list keep its lead-in as their context
      if (sentence) {
        m.keepAsPrevious();
      }
    }
    return hits;
  }

  /** Element ids whose cues match a piece of text taken as one sentence, without context. */
  public List<String> elementsIn(String lang, String sentence) {
    CompiledCues l = languages.get(lang);
    if (l == null) {
      return List.of();
    }
    UnitMatcher m = new UnitMatcher(l, overBudget);
    m.read(sentence.toCharArray(), sentence, 0, sentence.length());
    return List.copyOf(m.matches(false).keySet());
  }

  /**
   * Lowers the weight of a sentence that looks like a table of contents or an index (many
   * indicators named in few words) or that runs on for very long: it is rarely the quote a
   * reviewer wants first.
   */
  private static int penalty(Set<String> elements, String quote) {
    Set<String> indicators = new TreeSet<>();
    elements.forEach(e -> indicators.add(CanonicalId.indicatorOf(e)));
    int words = words(quote);
    int penalty = 0;
    if (indicators.size() >= 5 && words < 8 * indicators.size()) {
      penalty += 40;
    }
    if (words > 120) {
      penalty += 15;
    }
    return penalty;
  }

  private static int words(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean w = c < 0x80 ? c > ' ' : !Character.isWhitespace(c);
      words += w && !in ? 1 : 0;
      in = w;
    }
    return words;
  }

  /**
   * Everything compiled for one language: cues, the phrase automaton, the regex cues. Cues
   * share parts (every cue that says {@code @user-info} has the same part), so each distinct
   * part is compiled once; the automaton reports parts, and a part found in a sentence marks
   * every cue that has it, once per sentence however often its words occur.
   */
  static final class CompiledCues {
    /**
     * @param parts how many parts a sentence must have
     * @param fullMask the bits of those parts
     * @param vetoMask the bits of the parts that rule a sentence out
     */
    record Cue(String elementId, String text, int parts, int fullMask, int vetoMask) {}

    final List<Cue> cues = new ArrayList<>();
    final Vocabulary vocabulary = new Vocabulary();
    final CueAutomaton.Builder builder = new CueAutomaton.Builder();
    final RegexCues.Builder regexBuilder = new RegexCues.Builder();
    /** part id by its alternatives, and (cue * 32 + bit) of every cue that has the part */
    private final Map<List<String>, Integer> partIds = new HashMap<>();
    private final List<List<Integer>> partMembers = new ArrayList<>();
    private final Map<String, int[]> phraseTokens = new HashMap<>();
    private final List<Integer> partAlternatives = new ArrayList<>();
    private final Map<Integer, Integer> regexPart = new HashMap<>();
    CueAutomaton automaton;
    RegexCues regex;
    int[][] members;
    /**
     * per part, the cues whose anchor it is: the matcher only looks at a cue when its anchor,
     * its least common part, is in the sentence or its context
     */
    int[][] anchored;
    /** per cue, the part id of each of its parts by bit */
    int[][] cueParts;
    /** per cue, as arrays for the matcher: part bits, veto bits, part count, element index */
    int[] fullMasks;
    int[] vetoMasks;
    int[] partCounts;
    int[] elementOf;
    final List<String> elementIds = new ArrayList<>();
    private final Map<String, Integer> elementIndex = new HashMap<>();
    int phrases;

    void add(String elementId, String cue, String lang, Catalog catalog) {
      int index = cues.size();
      if (CuePattern.isRegex(cue)) {
        cues.add(new Cue(elementId, cue, 1, 1, 0));
        regexBuilder.add(index, CuePattern.source(cue));
        // a part of its own that no phrase reports: the regular expression marks it
        int part = partMembers.size();
        partMembers.add(new ArrayList<>(List.of(index * 32)));
        partAlternatives.add(1);
        regexPart.put(index, part);
        return;
      }
      List<CuePattern.Part> parts = CuePattern.parts(cue, lang, catalog::concept);
      int full = 0;
      int veto = 0;
      for (int p = 0; p < parts.size(); p++) {
        if (parts.get(p).negated()) {
          veto |= 1 << p;
        } else {
          full |= 1 << p;
        }
      }
      cues.add(new Cue(elementId, cue, Integer.bitCount(full), full, veto));
      for (int p = 0; p < parts.size(); p++) {
        partMembers.get(part(parts.get(p).alternatives(), cue, elementId)).add(index * 32 + p);
      }
    }

    private int part(List<String> alternatives, String cue, String elementId) {
      Integer id = partIds.get(alternatives);
      if (id != null) {
        return id;
      }
      int part = partMembers.size();
      partIds.put(alternatives, part);
      partMembers.add(new ArrayList<>());
      partAlternatives.add(alternatives.size());
      for (String alternative : alternatives) {
        int[] tokens = phraseTokens.computeIfAbsent(alternative, a -> Tokenizer.tokens(a, vocabulary));
        if (tokens.length == 0) {
          throw new IllegalArgumentException("cue '" + cue + "' of " + elementId + " has a part with no words");
        }
        builder.add(tokens, part);
        phrases++;
      }
      return part;
    }

    void seal() {
      automaton = builder.build();
      regex = regexBuilder.build();
      members = new int[partMembers.size()][];
      for (int p = 0; p < members.length; p++) {
        members[p] = partMembers.get(p).stream().mapToInt(Integer::intValue).toArray();
      }
      int n = cues.size();
      cueParts = new int[n][];
      for (int p = 0; p < members.length; p++) {
        for (int m : members[p]) {
          int cue = m >>> 5;
          int bit = m & 31;
          if (cueParts[cue] == null) {
            cueParts[cue] = new int[0];
          }
          if (cueParts[cue].length <= bit) {
            cueParts[cue] = java.util.Arrays.copyOf(cueParts[cue], bit + 1);
          }
          cueParts[cue][bit] = p;
        }
      }
      List<List<Integer>> anchors = new ArrayList<>();
      for (int p = 0; p < members.length; p++) {
        anchors.add(new ArrayList<>());
      }
      for (int c = 0; c < n; c++) {
        int best = -1;
        for (int bit = 0; bit < cueParts[c].length; bit++) {
          if ((cues.get(c).fullMask() & (1 << bit)) == 0) {
            continue;
          }
          int p = cueParts[c][bit];
          if (best < 0 || members[p].length < members[best].length
              || (members[p].length == members[best].length && partAlternatives.get(p) < partAlternatives.get(best))) {
            best = p;
          }
        }
        anchors.get(best).add(c);
      }
      anchored = new int[members.length][];
      for (int p = 0; p < members.length; p++) {
        anchored[p] = anchors.get(p).stream().mapToInt(Integer::intValue).toArray();
      }
      fullMasks = new int[n];
      vetoMasks = new int[n];
      partCounts = new int[n];
      elementOf = new int[n];
      for (int c = 0; c < n; c++) {
        Cue cue = cues.get(c);
        fullMasks[c] = cue.fullMask();
        vetoMasks[c] = cue.vetoMask();
        partCounts[c] = cue.parts();
        elementOf[c] = elementIndex.computeIfAbsent(cue.elementId(), id -> {
          elementIds.add(id);
          return elementIds.size() - 1;
        });
      }
    }

    int partCount() {
      return members.length;
    }

    /** The part a regular-expression cue marks. */
    int regexPart(int cue) {
      return regexPart.get(cue);
    }
  }
}
