package org.policyscore.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Category;
import org.policyscore.catalog.Indicator;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.ScoringMode;
import org.policyscore.study.Company;
import org.policyscore.study.Service;
import org.policyscore.study.Study;

/**
 * {@code import-scores}: a published table ({@link PublishedTable}) into a study year's
 * {@code scores.csv}, with a {@code SOURCE.md} that cites it. Names in the table are matched to
 * the study's ids (a company's id, name, legal or Khmer name; a service's id or labels), and
 * explicit {@code NAME=ID} pairs win. A table of several countries is cut to the study's.
 * Nothing a person wrote is replaced: a year with answers.csv is refused, an existing scores.csv
 * is replaced only when asked, and an existing SOURCE.md is kept as it is.
 */
public final class ScoresImport {
  /** How to read the table. */
  public record Options(Optional<String> cite, Optional<String> service, Map<String, String> names,
      Optional<String> country, boolean replace) {
    public Options {
      names = Map.copyOf(names);
    }
  }

  /** What was written: the scores, how many, and whether SOURCE.md was started or kept. */
  public record Result(Path scores, Path source, int rows, List<String> companies, List<String> services,
      boolean sourceWritten) {}

  /** The year cannot take published scores (it has answers, or scores already). */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
      super(message);
    }
  }

  private ScoresImport() {}

  public static Result run(Workspace ws, Study study, int year, Path table, Catalog catalog, Options options)
      throws InvalidInputException, IOException, RefusedException {
    Path dir = ws.reportDir(study.id(), year);
    Path scoresFile = dir.resolve("scores.csv");
    Path sourceFile = dir.resolve(SourceNote.FILE);
    if (Files.exists(dir.resolve("answers.csv"))) {
      throw new RefusedException(ws.display(dir.resolve("answers.csv")) + " exists: " + year
          + " is scored from element answers here, so published figures cannot stand in for them;"
          + " import them into the year they were published for");
    }
    if (Files.exists(scoresFile) && !options.replace()) {
      throw new RefusedException(ws.display(scoresFile) + " exists; give --replace to replace it with the table's"
          + " figures (SOURCE.md is kept)");
    }
    Optional<SourceNote> note = SourceNote.in(dir);
    if (note.isPresent() && note.get().citation().isEmpty() && options.cite().isEmpty()) {
      throw new RefusedException(ws.display(sourceFile) + " cites nothing: add the citation to it (a '> ' quote"
          + " or a first paragraph) or remove it and give --cite");
    }
    if (note.isEmpty() && options.cite().filter(c -> !c.isBlank()).isEmpty()) {
      throw new RefusedException("published figures need their source: give --cite \"Author, Title, date"
          + " (licence)\"; it goes into " + ws.display(sourceFile));
    }

    List<PublishedScore> figures = forCountry(PublishedTable.read(table, catalog), study, options, table);
    Names names = new Names(study, options.names());
    Map<String, ScoreRow> rows = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    LinkedHashSet<String> companies = new LinkedHashSet<>();
    LinkedHashSet<String> services = new LinkedHashSet<>();
    for (PublishedScore f : figures) {
      String company = names.company(f.company()).orElseThrow(() -> new InvalidInputException(table, f.line(), 0,
          "no company '" + f.company() + "' in the study " + study.id() + " (its companies: " + names.companies()
              + "); add it to the study, or map the name with --name \"" + f.company() + "=ID\""));
      String service = service(f, names, study, options, table);
      ScoreKind kind = kind(f, catalog, table);
      String id = kind == ScoreKind.INDICATOR || kind == ScoreKind.FAMILY
          ? catalog.indicator(f.id()).orElseThrow().id() : kind == ScoreKind.TOTAL ? "total" : f.id();
      if (kind == ScoreKind.INDICATOR && !study.indicators().isEmpty() && !study.indicators().contains(id)) {
        throw new InvalidInputException(table, f.line(), f.column(), id + " is not among the study's indicators "
            + study.indicators() + "; add it to 'indicators' in " + ws.display(study.file()));
      }
      ScoreRow row = new ScoreRow(company, kind == ScoreKind.INDICATOR || kind == ScoreKind.FAMILY ? service : "",
          kind, id, f.score());
      String key = row.company() + "\u0000" + row.service() + "\u0000" + kind + "\u0000" + id;
      Integer first = lines.putIfAbsent(key, f.line());
      if (first != null) {
        throw new InvalidInputException(table, f.line(), f.column(), "a second figure for " + f.company() + " "
            + (row.service().isEmpty() ? "" : f.service() + " ") + f.id() + " (the first is on line " + first + ")");
      }
      rows.put(key, row);
      companies.add(company);
      if (!row.service().isEmpty()) {
        services.add(row.service());
      }
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException(table, "the table holds no figures");
    }
    AtomicFile.write(scoresFile, ScoresCsv.write(List.copyOf(rows.values())));
    boolean written = note.isEmpty();
    if (written) {
      AtomicFile.write(sourceFile, SourceTemplate.text(study, year, options.cite().orElseThrow().strip(),
          table.getFileName().toString(), names.used()));
    }
    return new Result(scoresFile, sourceFile, rows.size(), List.copyOf(companies), List.copyOf(services), written);
  }

  /** Rows of the study's country when the table has a country column (several countries' figures). */
  private static List<PublishedScore> forCountry(List<PublishedScore> all, Study study, Options options, Path table)
      throws InvalidInputException {
    if (all.stream().allMatch(f -> f.country().isEmpty())) {
      return all;
    }
    List<String> wanted = new ArrayList<>();
    options.country().ifPresentOrElse(wanted::add, () -> {
      wanted.add(study.country());
      study.countryKm().ifPresent(wanted::add);
    });
    List<PublishedScore> out = all.stream().filter(f -> wanted.stream().anyMatch(w -> same(w, f.country()))).toList();
    if (out.isEmpty()) {
      TreeSet<String> found = new TreeSet<>();
      all.forEach(f -> found.add(f.country()));
      throw new InvalidInputException(table, "no figures for " + wanted.get(0) + " in the table (its countries: "
          + found + "); give --country as the table writes it");
    }
    return out;
  }

  private static String service(PublishedScore f, Names names, Study study, Options options, Path table)
      throws InvalidInputException {
    if (!f.service().isEmpty()) {
      return names.service(f.service()).orElseThrow(() -> new InvalidInputException(table, f.line(), 0,
          "no service '" + f.service() + "' in the study " + study.id() + " (its services: "
              + study.services().stream().map(Service::id).toList() + "); add it to the study's services, or map"
              + " the name with --name \"" + f.service() + "=ID\""));
    }
    if (options.service().isPresent()) {
      return options.service().get();
    }
    if (study.services().size() == 1) {
      return study.services().get(0).id();
    }
    if (study.mode() == ScoringMode.PER_SERVICE) {
      throw new InvalidInputException(table, f.line(), 0, "the table names no service for " + f.company() + " "
          + f.id() + ", and the study scores each of its services " + study.services().stream().map(Service::id)
              .toList() + " on its own; give --service ID for a table of one service's figures");
    }
    return "";
  }

  private static ScoreKind kind(PublishedScore f, Catalog catalog, Path table) throws InvalidInputException {
    if (f.id().equalsIgnoreCase("total")) {
      return ScoreKind.TOTAL;
    }
    if (f.id().length() == 1 && Category.parse(f.id()).isPresent()) {
      return ScoreKind.CATEGORY;
    }
    Indicator i = catalog.indicator(f.id()).orElseThrow(() -> new InvalidInputException(table, f.line(), f.column(),
        "no indicator '" + f.id() + "' in the catalogue " + catalog.id() + "; try 'policyscore catalog list'"));
    return i.family() ? ScoreKind.FAMILY : ScoreKind.INDICATOR;
  }

  static boolean same(String a, String b) {
    return norm(a).equals(norm(b));
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", " ");
  }

  /** The table's names to the study's ids, remembering which were used (for SOURCE.md). */
  static final class Names {
    private final Study study;
    private final Map<String, String> given;
    private final Map<String, String> used = new LinkedHashMap<>();

    Names(Study study, Map<String, String> given) {
      this.study = study;
      this.given = given;
    }

    List<String> companies() {
      return study.companies().stream().map(c -> c.id() + " (" + c.name() + ")").toList();
    }

    Optional<String> company(String name) {
      Optional<String> id = explicit(name).filter(i -> study.company(i).isPresent());
      if (id.isEmpty()) {
        id = study.companies().stream().filter(c -> same(c.id(), name) || same(c.name(), name)
            || same(c.legalName(), name) || c.nameKm().filter(k -> same(k, name)).isPresent())
            .map(Company::id).findFirst();
      }
      id.ifPresent(i -> used.putIfAbsent(name, i));
      return id;
    }

    Optional<String> service(String name) {
      Optional<String> id = explicit(name).filter(i -> study.service(i).isPresent());
      if (id.isEmpty()) {
        id = study.services().stream().filter(s -> same(s.id(), name) || same(s.label(), name)
            || s.labelKm().filter(k -> same(k, name)).isPresent()).map(Service::id).findFirst();
      }
      id.ifPresent(i -> used.putIfAbsent(name, i));
      return id;
    }

    private Optional<String> explicit(String name) {
      return given.entrySet().stream().filter(e -> same(e.getKey(), name)).map(Map.Entry::getValue).findFirst();
    }

    Map<String, String> used() {
      return used;
    }
  }
}
