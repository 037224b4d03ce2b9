package org.policyscore.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.policyscore.InvalidInputException;
import org.policyscore.yaml.YamlFile;
import org.policyscore.yaml.YamlMap;

/**
 * Loads and validates an indicator catalogue YAML file. The first problem found is reported
 * with file, line and column; a catalogue that loads is internally consistent (unique ids,
 * elements under their indicator, families with sub-indicators, cues that compile).
 */
public final class CatalogLoader {
  private static final Set<String> TOP_KEYS = Set.of("catalog", "title", "attribution", "concepts", "indicators");
  private static final Set<String> CONCEPT_KEYS = Set.of("name", "en", "km");
  private static final Set<String> INDICATOR_KEYS =
      Set.of(
          "id", "category", "parent", "family", "title", "title_km", "description", "guidance",
          "scope", "excludes", "elements", "documents");
  private static final Set<String> ELEMENT_KEYS =
      Set.of("id", "question", "excludes", "excluded_services", "reversed", "cues", "fact", "read_by_person");
  private static final Set<String> CUE_KEYS = Set.of("en", "km");
  /** The evidence finder tracks a cue's parts in one int. */
  public static final int MAX_CUE_PARTS = 16;

  private CatalogLoader() {}

  public static Catalog load(Path file) throws InvalidInputException {
    YamlMap top = YamlFile.read(file);
    top.allowOnly(TOP_KEYS);
    String id = top.requiredString("catalog");
    String title = top.string("title").orElse(id);
    String attribution = top.string("attribution").orElse("");
    Map<String, Concept> concepts = readConcepts(top);
    List<YamlMap> entries = top.maps("indicators");
    if (entries.isEmpty()) {
      throw top.errorAt("indicators", "expected a list of indicators under 'indicators'");
    }

    List<Indicator> indicators = new ArrayList<>();
    Map<String, YamlMap> whereIndicator = new HashMap<>();
    Set<String> elementIds = new HashSet<>();
    for (YamlMap entry : entries) {
      Indicator indicator = readIndicator(entry, elementIds, concepts);
      if (whereIndicator.putIfAbsent(indicator.id(), entry) != null) {
        throw entry.errorAt(
            "id",
            "duplicate indicator id '" + indicator.id() + "' (first at line "
                + whereIndicator.get(indicator.id()).line() + ")");
      }
      indicators.add(indicator);
    }
    checkFamilies(indicators, whereIndicator);
    return new Catalog(id, title, attribution, List.copyOf(concepts.values()), indicators);
  }

  private static Map<String, Concept> readConcepts(YamlMap top) throws InvalidInputException {
    Map<String, Concept> out = new LinkedHashMap<>();
    for (YamlMap c : top.maps("concepts")) {
      c.allowOnly(CONCEPT_KEYS);
      String name = c.requiredString("name");
      if (!name.matches("[a-z][a-z0-9-]*")) {
        throw c.errorAt("name", "concept name '" + name + "' should be lower-case letters, digits and hyphens, e.g. authority");
      }
      for (String lang : List.of("en", "km")) {
        List<String> words = c.strings(lang);
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (w.isBlank() || w.contains("|") || w.contains("&") || w.startsWith("@") || CuePattern.isRegex(w)) {
            throw c.errorAtItem(lang, i, "a concept's word is a plain phrase, without '|', '&', '@' or slashes");
          }
        }
      }
      Concept concept = new Concept(name, c.strings("en"), c.strings("km"));
      if (out.putIfAbsent(name, concept) != null) {
        throw c.errorAt("name", "duplicate concept '" + name + "'");
      }
    }
    return out;
  }

  private static Indicator readIndicator(YamlMap entry, Set<String> elementIds, Map<String, Concept> concepts)
      throws InvalidInputException {
    entry.allowOnly(INDICATOR_KEYS);
    String rawId = entry.requiredString("id");
    String id =
        CanonicalId.indicator(rawId)
            .orElseThrow(() -> entry.errorAt("id", "'" + rawId + "' is not an indicator id; expected e.g. F1a or P10a"));
    String categoryText = entry.requiredString("category");
    Category category =
        Category.parse(categoryText)
            .orElseThrow(() -> entry.errorAt("category", "unknown category '" + categoryText + "'; expected G, F or P"));
    if (!id.startsWith(category.name())) {
      throw entry.errorAt("category", "indicator " + id + " cannot be in category " + category);
    }
    Optional<String> parent = entry.string("parent");
    if (parent.isPresent()) {
      String raw = parent.get();
      parent = Optional.of(
          CanonicalId.indicator(raw)
              .orElseThrow(() -> entry.errorAt("parent", "'" + raw + "' is not an indicator id")));
    }
    boolean family = entry.flag("family", false);
    String title = entry.requiredString("title");
    Set<CompanyType> excludes = companyTypes(entry, "excludes");
    List<YamlMap> elementEntries = entry.maps("elements");

    ScoringScope scope = null;
    if (family) {
      if (!elementEntries.isEmpty()) {
        throw entry.errorAt("elements", "family " + id + " has elements; a family's elements belong to its sub-indicators");
      }
      if (parent.isPresent()) {
        throw entry.errorAt("parent", "family " + id + " cannot itself have a parent");
      }
    } else {
      String scopeText = entry.requiredString("scope");
      scope = ScoringScope.parse(scopeText)
          .orElseThrow(() -> entry.errorAt("scope", "unknown scope '" + scopeText + "'; expected company, full or services"));
      if (elementEntries.isEmpty()) {
        throw entry.errorAt("elements", "indicator " + id + " has no elements");
      }
    }

    List<Element> elements = new ArrayList<>();
    for (YamlMap e : elementEntries) {
      Element element = readElement(e, id, concepts);
      if (!elementIds.add(element.id())) {
        throw e.errorAt("id", "duplicate element id '" + element.id() + "'");
      }
      elements.add(element);
    }
    List<String> documents = entry.strings("documents");
    if (family && !documents.isEmpty()) {
      throw entry.errorAt("documents", "family " + id + " has document kinds; they belong to its sub-indicators");
    }
    for (int i = 0; i < documents.size(); i++) {
      if (!documents.get(i).matches("[a-z][a-z0-9-]*")) {
        throw entry.errorAtItem("documents", i, "'" + documents.get(i) + "' is not a document kind; expected a lower-case word such as terms or privacy");
      }
    }
    return new Indicator(
        id, category, parent, family, title, entry.string("title_km"),
        entry.string("description").orElse(""), entry.string("guidance").orElse(""),
        scope, excludes, elements, documents);
  }

  private static Element readElement(YamlMap e, String indicatorId, Map<String, Concept> concepts)
      throws InvalidInputException {
    e.allowOnly(ELEMENT_KEYS);
    String rawId = e.requiredString("id");
    String id =
        CanonicalId.element(rawId)
            .orElseThrow(() -> e.errorAt("id", "'" + rawId + "' is not an element id; expected e.g. " + indicatorId + ".1"));
    if (!CanonicalId.indicatorOf(id).equals(indicatorId)) {
      throw e.errorAt("id", "element " + id + " is listed under indicator " + indicatorId + "; expected an id starting " + indicatorId + ".");
    }
    String question = e.string("question").orElseThrow(() -> e.errorAt("question", "element " + id + " has no question"));
    Cues cues = Cues.NONE;
    Optional<YamlMap> cueMap = e.map("cues");
    if (cueMap.isPresent()) {
      YamlMap c = cueMap.get();
      c.allowOnly(CUE_KEYS);
      cues = new Cues(checkedCues(c, "en", concepts), checkedCues(c, "km", concepts));
    }
    Optional<ElementFact> fact = Optional.empty();
    Optional<String> factText = e.string("fact");
    if (factText.isPresent()) {
      String t = factText.get();
      fact = Optional.of(ElementFact.parse(t).orElseThrow(() -> e.errorAt("fact", "unknown fact '" + t + "'; expected primary-language or easy-to-find")));
    }
    Optional<String> readByPerson = e.string("read_by_person");
    if (readByPerson.isPresent()) {
      if (readByPerson.get().isBlank()) {
        throw e.errorAt("read_by_person", "element " + id + " says it is read by a person but not why; expected the reason");
      }
      if (!cues.isEmpty() || fact.isPresent()) {
        throw e.errorAt("read_by_person", "element " + id + " is read by a person, so it takes no cues and no fact");
      }
    }
    return new Element(
        id, indicatorId, question, companyTypes(e, "excludes"),
        new LinkedHashSet<>(e.strings("excluded_services")), e.flag("reversed", false), cues, fact,
        readByPerson.map(String::strip));
  }

  private static List<String> checkedCues(YamlMap cues, String lang, Map<String, Concept> concepts)
      throws InvalidInputException {
    List<String> list = cues.strings(lang);
    for (int i = 0; i < list.size(); i++) {
      String cue = list.get(i);
      if (cue.isBlank()) {
        throw cues.errorAtItem(lang, i, "empty cue");
      }
      if (!CuePattern.isRegex(cue) && CuePattern.parts(cue).size() > MAX_CUE_PARTS) {
        throw cues.errorAtItem(lang, i, "cue has more than " + MAX_CUE_PARTS + " parts joined by ' & '");
      }
      if (!CuePattern.isRegex(cue)) {
        List<CuePattern.Part> parts = CuePattern.parts(cue);
        if (parts.stream().allMatch(CuePattern.Part::negated)) {
          throw cues.errorAtItem(lang, i, "cue has only parts that rule sentences out (!); expected at least one part a sentence must have");
        }
        for (CuePattern.Part part : parts) {
          for (String alt : part.alternatives()) {
            if (alt.codePoints().noneMatch(cp -> Character.isLetterOrDigit(cp) || cp == '#')) {
              throw cues.errorAtItem(lang, i, "cue has an alternative '" + alt + "' with no words; a cue matches words, not punctuation");
            }
            if (Concept.isReference(alt)) {
              Concept c = concepts.get(alt.substring(1));
              if (c == null || c.forLanguage(lang).isEmpty()) {
                throw cues.errorAtItem(lang, i, "cue refers to " + alt + ", but no concept '" + alt.substring(1)
                    + "' with " + lang + " words is listed under 'concepts'");
              }
            }
          }
        }
      }
      try {
        CuePattern.compile(cue);
      } catch (PatternSyntaxException ex) {
        throw cues.errorAtItem(
            lang, i, "cue " + cue + " is not a valid regular expression: " + ex.getDescription());
      }
    }
    return list;
  }

  private static Set<CompanyType> companyTypes(YamlMap map, String key) throws InvalidInputException {
    Set<CompanyType> out = EnumSet.noneOf(CompanyType.class);
    for (String t : map.strings(key)) {
      out.add(CompanyType.parse(t).orElseThrow(() -> map.errorAt(key, "unknown company type '" + t + "'; expected telecom or internet")));
    }
    return out;
  }

  private static void checkFamilies(List<Indicator> indicators, Map<String, YamlMap> where)
      throws InvalidInputException {
    Map<String, Indicator> byId = new HashMap<>();
    indicators.forEach(i -> byId.put(i.id(), i));
    Set<String> withChildren = new HashSet<>();
    for (Indicator i : indicators) {
      if (i.parent().isEmpty()) {
        continue;
      }
      Indicator parent = byId.get(i.parent().get());
      if (parent == null) {
        throw where.get(i.id()).errorAt("parent", "parent '" + i.parent().get() + "' of " + i.id() + " is not in the catalogue");
      }
      if (!parent.family()) {
        throw where.get(i.id()).errorAt("parent", "parent " + parent.id() + " of " + i.id() + " is not declared 'family: true'");
      }
      withChildren.add(parent.id());
    }
    for (Indicator i : indicators) {
      if (i.family() && !withChildren.contains(i.id())) {
        throw where.get(i.id()).errorAt("id", "family " + i.id() + " has no sub-indicators; expected indicators with 'parent: " + i.id() + "'");
      }
    }
  }
}
