package org.policyscore.evidence;

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
 * Finds the sentences of a text version that match the cues of a catalogue's elements. All
 * cues of a language are compiled once into one token automaton (phrases) plus one combined
 * regular expression (cues written as /regex/), so each sentence is read once whatever the
 * number of cues. It does not care which indicators the cues belong to.
 */
public final class EvidenceFinder {
  /** One cue of one element. */
  private record Cue(String elementId, String text, int fullMask) {}

  /** Everything compiled for one language. */
  private static final class Language {
    final List<Cue> cues = new ArrayList<>();
    final Vocabulary vocabulary = new Vocabulary();
    final CueAutomaton.Builder builder = new CueAutomaton.Builder();
    CueAutomaton automaton;
    final List<Integer> regexCues = new ArrayList<>();
    final List<Integer> regexGroups = new ArrayList<>();
    final StringBuilder regexSource = new StringBuilder();
    Pattern regex;
  }

  private final Map<String, Language> languages = new HashMap<>();
  private int cueCount;
  private int phraseCount;

  private EvidenceFinder() {}

  /** Compiles the cues of every element of the catalogue. */
  public static EvidenceFinder of(Catalog catalog) {
    EvidenceFinder finder = new EvidenceFinder();
    for (Indicator indicator : catalog.scored()) {
      for (Element element : indicator.elements()) {
        for (String lang : List.of("en", "km")) {
          for (String cue : element.cues().forLanguage(lang)) {
            finder.add(lang, element.id(), cue, catalog);
          }
        }
      }
    }
    finder.languages.values().forEach(EvidenceFinder::seal);
    return finder;
  }

  /** How many cues were compiled, all languages together. */
  public int cueCount() {
    return cueCount;
  }

  /** How many phrases (alternatives of cue parts) the automata hold, all languages together. */
  public int phraseCount() {
    return phraseCount;
  }

  private void add(String lang, String elementId, String cue, Catalog catalog) {
    Language l = languages.computeIfAbsent(lang, k -> new Language());
    int index = l.cues.size();
    cueCount++;
    if (CuePattern.isRegex(cue)) {
      l.cues.add(new Cue(elementId, cue, 1));
      String source = NormalisedText.of(CuePattern.source(cue));
      int groupsBefore = l.regexGroups.isEmpty() ? 0 : groupsUpTo(l);
      l.regexCues.add(index);
      l.regexGroups.add(groupsBefore + 1);
      l.regexSource.append(l.regexSource.length() == 0 ? "" : "|").append('(').append(source).append(')');
      return;
    }
    List<List<String>> parts = CuePattern.parts(cue, lang, catalog::concept);
    l.cues.add(new Cue(elementId, cue, (1 << parts.size()) - 1));
    for (int p = 0; p < parts.size(); p++) {
      for (String alternative : parts.get(p)) {
        int[] tokens = tokens(alternative, l.vocabulary);
        if (tokens.length == 0) {
          throw new IllegalArgumentException("cue '" + cue + "' of " + elementId + " has a part with no words");
        }
        l.builder.add(tokens, index * 32 + p);
        phraseCount++;
      }
    }
  }

  private static int groupsUpTo(Language l) {
    Pattern compiled = Pattern.compile(l.regexSource.toString(), CuePattern.FLAGS);
    return compiled.matcher("").groupCount();
  }

  private static void seal(Language l) {
    l.automaton = l.builder.build();
    if (!l.regexCues.isEmpty()) {
      l.regex = Pattern.compile(l.regexSource.toString(), CuePattern.FLAGS);
    }
  }

  private static int[] tokens(String phrase, Vocabulary vocabulary) {
    List<Integer> ids = new ArrayList<>();
    Tokenizer.scan(phrase, 0, phrase.length(), new Tokenizer.Sink() {
      @Override
      public void word(String stem, int start, int end) {
        ids.add(vocabulary.addWord(stem));
      }

      @Override
      public void khmer(char c, int start, int end) {
        ids.add(vocabulary.addKhmer(c));
      }
    });
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every sentence of the source that matches an element's cues, one hit per element. */
  public List<EvidenceHit> find(EvidenceSource source) {
    Language l = languages.get(source.lang());
    if (l == null) {
      return List.of();
    }
    String text = source.text();
    Matching matching = new Matching(l);
    List<EvidenceHit> hits = new ArrayList<>();
    for (int[] span : Sentences.split(text)) {
      Map<String, int[]> elements = matching.match(text, span[0], span[1]);
      if (elements.isEmpty()) {
        continue;
      }
      String quote = text.substring(span[0], span[1]);
      for (Map.Entry<String, int[]> e : elements.entrySet()) {
        hits.add(new EvidenceHit(e.getKey(), source.documentId(), source.lang(),
            source.snapshotSha(), span[0], span[1], quote, l.cues.get(e.getValue()[0]).text(),
            e.getValue()[1]));
      }
    }
    return hits;
  }

  /** Element ids whose cues match a piece of text taken as one sentence. */
  public List<String> elementsIn(String lang, String sentence) {
    Language l = languages.get(lang);
    if (l == null) {
      return List.of();
    }
    return List.copyOf(new Matching(l).match(sentence, 0, sentence.length()).keySet());
  }

  /** The per-sentence matching state, reused across the sentences of one text. */
  private static final class Matching implements Tokenizer.Sink {
    private final Language l;
    private final int[] masks;
    private final int[] touched;
    private int touchedCount;
    private int state;

    Matching(Language l) {
      this.l = l;
      this.masks = new int[l.cues.size()];
      this.touched = new int[l.cues.size()];
    }

    /** element id -> {first matching cue, number of matching cues}, in cue order. */
    Map<String, int[]> match(CharSequence text, int from, int to) {
      touchedCount = 0;
      state = CueAutomaton.ROOT;
      Tokenizer.scan(text, from, to, this);
      if (l.regex != null) {
        matchRegex(text, from, to);
      }
      Map<String, int[]> out = new LinkedHashMap<>();
      for (int k = 0; k < touchedCount; k++) {
        int cue = touched[k];
        Cue c = l.cues.get(cue);
        if (masks[cue] == c.fullMask()) {
          int[] entry = out.get(c.elementId());
          if (entry == null) {
            out.put(c.elementId(), new int[] {cue, 1});
          } else {
            entry[1]++;
          }
        }
        masks[cue] = 0;
      }
      return out;
    }

    private void matchRegex(CharSequence text, int from, int to) {
      NormalisedText normalised = NormalisedText.of(text, from, to);
      Matcher m = l.regex.matcher(normalised.text());
      int pos = 0;
      int length = normalised.text().length();
      // a match is retried one character later, so that overlapping cues are all found
      while (pos <= length && m.find(pos)) {
        for (int r = 0; r < l.regexCues.size(); r++) {
          if (m.start(l.regexGroups.get(r)) >= 0) {
            mark(l.regexCues.get(r), 1);
          }
        }
        pos = m.start() + 1;
      }
    }

    private void mark(int cue, int bits) {
      if (masks[cue] == 0) {
        touched[touchedCount++] = cue;
      }
      masks[cue] |= bits;
    }

    @Override
    public void word(String stem, int start, int end) {
      advance(l.vocabulary.word(stem));
    }

    @Override
    public void khmer(char c, int start, int end) {
      advance(l.vocabulary.khmer(c));
    }

    private void advance(int token) {
      state = l.automaton.step(state, token);
      for (int payload : l.automaton.outputs(state)) {
        mark(payload >>> 5, 1 << (payload & 31));
      }
    }
  }
}
