package org.policyscore.study;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Indicator;
import org.policyscore.score.ScoringMode;
import org.policyscore.yaml.YamlFile;
import org.policyscore.yaml.YamlMap;

/**
 * Reads and validates a study file. The first problem found is reported with file, line and
 * column: unknown keys, duplicate ids, unknown company types or services, bad language codes,
 * bad URLs, CSS selectors that do not parse and, when a catalogue is given, indicators it does
 * not have.
 */
public final class StudyLoader {
  private static final Set<String> TOP_KEYS = Set.of(
      "name", "country", "country_km", "year", "catalog", "indicators", "mode", "services", "companies",
      "primary_languages");
  private static final Set<String> SERVICE_KEYS = Set.of("id", "label", "label_km", "role", "colour", "color");
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Set<String> COMPANY_KEYS = Set.of(
      "id", "name", "name_km", "legal_name", "type", "home", "documents");
  private static final Set<String> DOCUMENT_KEYS = Set.of(
      "id", "kind", "title", "services", "select", "remove", "versions");
  private static final Set<String> VERSION_KEYS = Set.of(
      "lang", "url", "not_found", "note", "select", "remove", "reached_by");
  /** Kinds of document the evidence finder and reports know what to do with. */
  public static final Set<String> KINDS = Set.of(
      "terms", "privacy", "acceptable-use", "law-enforcement-guidelines", "transparency-report",
      "other");
  /** Ids become folder names in the archive: keep them portable. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private StudyLoader() {}

  /** Reads {@code file} without checking indicator ids against a catalogue. */
  public static Study load(Path file) throws InvalidInputException {
    return load(file, Optional.empty());
  }

  /** Reads {@code file}; indicator ids must exist in {@code catalog} and become canonical. */
  public static Study load(Path file, Catalog catalog) throws InvalidInputException {
    return load(file, Optional.of(catalog));
  }

  private static Study load(Path file, Optional<Catalog> catalog) throws InvalidInputException {
    YamlMap top = YamlFile.read(file);
    top.allowOnly(TOP_KEYS);
    String fileName = file.getFileName().toString();
    String id = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
    String name = top.requiredString("name");
    String country = top.requiredString("country");
    int year = top.integer("year").orElseThrow(() -> top.errorAt("year", "missing 'year' (the default year of reports, e.g. 2022)"));
    if (year < Study.FIRST_YEAR || year > Study.LAST_YEAR) {
      throw top.errorAt("year", "year " + year + " is not plausible; expected a year from "
          + Study.FIRST_YEAR + " to " + Study.LAST_YEAR);
    }
    String catalogId = top.requiredString("catalog");
    String modeText = top.requiredString("mode");
    ScoringMode mode = ScoringMode.parse(modeText).orElseThrow(() -> top.errorAt(
        "mode", "unknown scoring mode '" + modeText + "'; expected rdr-index or per-service"));
    List<String> indicators = indicators(top, catalog);
    List<Service> services = services(top);
    Set<String> serviceIds = new HashSet<>();
    services.forEach(s -> serviceIds.add(s.id()));

    List<YamlMap> companyMaps = top.maps("companies");
    if (companyMaps.isEmpty()) {
      throw top.errorAt("companies", "expected a list of companies under 'companies'");
    }
    List<Company> companies = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlMap c : companyMaps) {
      Company company = company(c, services, serviceIds);
      Integer before = firstLine.putIfAbsent(company.id(), c.line());
      if (before != null) {
        throw c.errorAt("id", "duplicate company id '" + company.id() + "' (first at line " + before + ")");
      }
      companies.add(company);
    }
    return new Study(id, name, country, top.string("country_km"), year, catalogId, indicators, mode, services,
        companies, file, primaryLanguages(top));
  }

  /** {@code primary_languages: [km]}: ISO 639-1 codes, each once. */
  private static List<String> primaryLanguages(YamlMap top) throws InvalidInputException {
    List<String> raw = top.strings("primary_languages");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String lang = raw.get(i).strip();
      if (!lang.matches("[a-z]{2}") || !ISO_LANGUAGES.contains(lang)) {
        String hint = lang.equalsIgnoreCase("kh") ? " ('kh' is Cambodia's country code; Khmer is 'km')" : "";
        throw top.errorAtItem("primary_languages", i, "bad language code '" + lang
            + "'; expected a two-letter ISO 639-1 code such as km, ne, si or ta" + hint);
      }
      if (out.contains(lang)) {
        throw top.errorAtItem("primary_languages", i, "language '" + lang + "' is listed twice");
      }
      out.add(lang);
    }
    return out;
  }

  private static List<String> indicators(YamlMap top, Optional<Catalog> catalog) throws InvalidInputException {
    List<String> raw = top.strings("indicators");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String given = raw.get(i).strip();
      String canonical = given;
      if (catalog.isPresent()) {
        Optional<Indicator> found = catalog.get().indicator(given);
        if (found.isEmpty()) {
          throw top.errorAtItem("indicators", i, "unknown indicator '" + given + "' in catalogue "
              + catalog.get().id() + "; try 'policyscore catalog list'");
        }
        canonical = found.get().id();
      }
      if (out.contains(canonical)) {
        throw top.errorAtItem("indicators", i, "indicator '" + given + "' is listed twice");
      }
      out.add(canonical);
    }
    return out;
  }

  private static List<Service> services(YamlMap top) throws InvalidInputException {
    List<YamlMap> maps = top.maps("services");
    if (maps.isEmpty()) {
      throw top.errorAt("services", "expected a list of services, e.g. '- id: mobile' with 'label: Mobile'");
    }
    List<Service> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlMap s : maps) {
      s.allowOnly(SERVICE_KEYS);
      String id = id(s);
      if (!seen.add(id)) {
        throw s.errorAt("id", "duplicate service id '" + id + "'");
      }
      String label = s.string("label").orElse(id);
      Optional<String> labelKm = s.string("label_km");
      ServiceRole role = ServiceRole.infer(id, label, labelKm.orElse(""));
      if (s.has("role")) {
        String text = s.requiredString("role");
        role = ServiceRole.parse(text).orElseThrow(() -> s.errorAt("role",
            "unknown role '" + text + "'; expected mobile, fixed or other"));
      }
      out.add(new Service(id, label, labelKm, role, colour(s)));
    }
    return out;
  }

  /** {@code colour: "#RRGGBB"} (or {@code color}), a service's own colour on charts. */
  private static Optional<String> colour(YamlMap s) throws InvalidInputException {
    if (s.has("colour") && s.has("color")) {
      throw s.errorAt("color", "give 'colour' or 'color', not both");
    }
    String key = s.has("color") ? "color" : "colour";
    Optional<String> colour = s.string(key).map(String::strip);
    if (colour.isPresent() && !COLOUR.matcher(colour.get()).matches()) {
      throw s.errorAt(key, "bad colour '" + colour.get() + "'; expected #RRGGBB in quotes, e.g. \"#009E73\"");
    }
    return colour.map(c -> c.toUpperCase(Locale.ROOT));
  }

  private static Company company(YamlMap c, List<Service> services, Set<String> serviceIds)
      throws InvalidInputException {
    c.allowOnly(COMPANY_KEYS);
    String id = id(c);
    String name = c.requiredString("name");
    String typeText = c.requiredString("type");
    CompanyType type = CompanyType.parse(typeText).orElseThrow(() -> c.errorAt(
        "type", "unknown company type '" + typeText + "'; expected telecom or internet"));
    // A study of published scores only has nothing to discover: no home page is needed.
    Optional<URI> home = c.has("home") && c.string("home").isPresent()
        ? Optional.of(url(c, "home", c.requiredString("home"))) : Optional.empty();
    List<PolicyDocument> documents = new ArrayList<>();
    Set<String> docIds = new HashSet<>();
    for (YamlMap d : c.maps("documents")) {
      PolicyDocument doc = document(d, services, serviceIds);
      if (!docIds.add(doc.id())) {
        throw d.errorAt("id", "duplicate document id '" + doc.id() + "' for company '" + id + "'");
      }
      documents.add(doc);
    }
    return new Company(id, name, c.string("name_km"), c.string("legal_name").orElse(name), type, home, documents);
  }

  private static PolicyDocument document(YamlMap d, List<Service> services, Set<String> serviceIds)
      throws InvalidInputException {
    d.allowOnly(DOCUMENT_KEYS);
    String id = id(d);
    String kind = d.requiredString("kind");
    if (!KINDS.contains(kind)) {
      throw d.errorAt("kind", "unknown document kind '" + kind + "'; expected one of " + new java.util.TreeSet<>(KINDS));
    }
    List<String> covers = d.strings("services");
    for (int i = 0; i < covers.size(); i++) {
      if (!serviceIds.contains(covers.get(i))) {
        throw d.errorAtItem("services", i, "unknown service '" + covers.get(i) + "'; the study declares "
            + services.stream().map(Service::id).toList());
      }
    }
    if (covers.isEmpty()) {
      covers = services.stream().map(Service::id).toList();
    }
    Optional<String> select = selector(d, "select");
    List<String> remove = selectors(d, "remove");
    List<YamlMap> versionMaps = d.maps("versions");
    if (versionMaps.isEmpty()) {
      throw d.errorAt("versions", "expected a list of language versions, e.g. '- lang: en' with 'url: https://...'");
    }
    List<DocumentVersion> versions = new ArrayList<>();
    Set<String> langs = new HashSet<>();
    for (YamlMap v : versionMaps) {
      DocumentVersion version = version(v, select, remove);
      if (!langs.add(version.lang())) {
        throw v.errorAt("lang", "language '" + version.lang() + "' is declared twice for document '" + id + "'");
      }
      versions.add(version);
    }
    return new PolicyDocument(id, kind, d.string("title").orElse(id), covers, versions);
  }

  private static DocumentVersion version(YamlMap v, Optional<String> docSelect, List<String> docRemove)
      throws InvalidInputException {
    v.allowOnly(VERSION_KEYS);
    String lang = v.requiredString("lang").strip();
    if (!lang.matches("[a-z]{2}") || !ISO_LANGUAGES.contains(lang)) {
      String hint = lang.equalsIgnoreCase("kh") ? " ('kh' is Cambodia's country code; Khmer is 'km')" : "";
      throw v.errorAt("lang", "bad language code '" + lang + "'; expected a two-letter ISO 639-1 code such as en or km" + hint);
    }
    boolean notFound = v.flag("not_found", false);
    Optional<String> note = v.string("note");
    Optional<URI> url = Optional.empty();
    if (v.has("url") && v.string("url").isPresent()) {
      if (notFound) {
        throw v.errorAt("url", "a version declared 'not_found: true' has no url; remove one of the two");
      }
      url = Optional.of(url(v, "url", v.requiredString("url")));
    } else if (!notFound) {
      throw v.error("version '" + lang + "' needs a 'url', or 'not_found: true' with a 'note' saying where you looked");
    } else if (note.isEmpty()) {
      throw v.errorAt("not_found", "a document declared not found needs a 'note' saying where you looked and when");
    }
    Optional<String> select = v.has("select") ? selector(v, "select") : docSelect;
    List<String> remove = v.has("remove") ? selectors(v, "remove") : docRemove;
    return new DocumentVersion(lang, url, notFound, note, select, remove, v.strings("reached_by"));
  }

  private static String id(YamlMap m) throws InvalidInputException {
    String id = m.requiredString("id");
    if (!ID.matcher(id).matches()) {
      throw m.errorAt("id", "id '" + id + "' must be lower-case letters, digits, '-' or '_' (it names a folder)");
    }
    return id;
  }

  static URI url(YamlMap m, String key, String text) throws InvalidInputException {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw m.errorAt(key, "bad URL '" + text + "'; expected an address starting with https:// or http://");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw m.errorAt(key, "bad URL '" + text + "': " + e.getReason());
    }
  }

  private static Optional<String> selector(YamlMap m, String key) throws InvalidInputException {
    Optional<String> s = m.string(key);
    if (s.isPresent()) {
      checkSelector(m, key, -1, s.get());
    }
    return s;
  }

  private static List<String> selectors(YamlMap m, String key) throws InvalidInputException {
    List<String> list = m.strings(key);
    for (int i = 0; i < list.size(); i++) {
      checkSelector(m, key, i, list.get(i));
    }
    return list;
  }

  private static void checkSelector(YamlMap m, String key, int index, String selector) throws InvalidInputException {
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException e) {
      String problem = "CSS selector '" + selector + "' does not parse: " + e.getMessage();
      throw index < 0 ? m.errorAt(key, problem) : m.errorAtItem(key, index, problem);
    }
  }
}
