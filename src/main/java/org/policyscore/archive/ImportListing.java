package org.policyscore.archive;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policyscore.InvalidInputException;
import org.policyscore.io.CsvTable;

/**
 * What a bulk import is asked to archive, each copy with its own date: read from a listing
 * (CSV: {@code file, company, document, language, url, retrieved}) or from a folder of saved
 * copies laid out {@code COMPANY/DOCUMENT/LANG/<date>.<ext>}. Everything is checked before
 * anything is archived; the first problem is reported naming the file and line (or the saved
 * file) and what was expected.
 */
public final class ImportListing {
  /** The listing's header, in this order. */
  public static final List<String> HEADER = List.of("file", "company", "document", "language", "url", "retrieved");
  /** A date in a file name: 2022-01-15, 20220115, with an optional time 093000 / 09-30-00 and Z. */
  private static final Pattern NAME_DATE = Pattern.compile(
      "(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T_ ]?(\\d{2})[:-]?(\\d{2})[:-]?(\\d{2})Z?)?(?!\\d)");

  private ImportListing() {}

  /**
   * Reads a listing. A relative {@code file} is relative to the listing's folder; an empty
   * {@code url} takes the URL the study declares.
   *
   * @param declared the study's documents, each with the URL it declares (may be empty)
   */
  public static List<ImportItem> read(Path listing, Map<DocumentKey, Optional<String>> declared)
      throws IOException, InvalidInputException {
    CsvTable table = CsvTable.read(listing);
    table.requireHeader(HEADER);
    List<ImportItem> out = new ArrayList<>();
    Path folder = listing.toAbsolutePath().getParent();
    for (CsvTable.Row row : table.rows()) {
      String name = row.cell(0).strip();
      if (name.isEmpty()) {
        throw table.error(row, 0, "no file named");
      }
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw table.error(row, 0, "no such file: " + file);
      }
      DocumentKey key = key(table, row, declared);
      String url = row.cell(4).strip();
      if (!url.isEmpty() && !isWebAddress(url)) {
        throw table.error(row, 4, "expected a web address starting with https:// or http://, found '" + url + "'");
      }
      Instant retrieved;
      try {
        retrieved = parseDate(row.cell(5).strip());
      } catch (DateTimeException e) {
        throw table.error(row, 5, "expected the date the copy was taken from the web, like 2022-01-15 or "
            + "2022-01-15T09:30:00Z, found '" + row.cell(5) + "'");
      }
      out.add(new ImportItem(file, key, url.isEmpty() ? declared.get(key) : Optional.of(url), retrieved,
          listing.getFileName() + ":" + row.line()));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(listing, 2, 0, "no copies listed under the header");
    }
    return out;
  }

  private static DocumentKey key(CsvTable table, CsvTable.Row row, Map<DocumentKey, Optional<String>> declared)
      throws InvalidInputException {
    for (int c = 1; c <= 3; c++) {
      if (!DocumentKey.validPart(row.cell(c).strip())) {
        throw table.error(row, c, "expected an id of lower-case letters, digits, '-' or '_', found '" + row.cell(c) + "'");
      }
    }
    DocumentKey key = new DocumentKey(row.cell(1).strip(), row.cell(2).strip(), row.cell(3).strip());
    if (!declared.containsKey(key)) {
      throw table.error(row, 1, "the study declares no document " + key + "; it declares "
          + String.join(", ", declared.keySet().stream().sorted().map(DocumentKey::toString).toList()));
    }
    return key;
  }

  /**
   * Every file under {@code folder}, each a copy of the document its folders name
   * ({@code COMPANY/DOCUMENT/LANG/...}) or, when {@code only} is given, of that document; the
   * date comes from the file's name. Hidden files are skipped.
   */
  public static List<ImportItem> scan(Path folder, Map<DocumentKey, Optional<String>> declared,
      Optional<DocumentKey> only) throws IOException, InvalidInputException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(Files::isRegularFile).filter(p -> !hidden(folder.relativize(p)))
          .sorted(Comparator.naturalOrder()).toList();
    }
    List<ImportItem> out = new ArrayList<>();
    for (Path file : files) {
      Path rel = folder.relativize(file);
      DocumentKey key;
      if (only.isPresent()) {
        key = only.get();
      } else {
        if (rel.getNameCount() != 4 || !DocumentKey.validPart(rel.getName(0).toString())
            || !DocumentKey.validPart(rel.getName(1).toString()) || !DocumentKey.validPart(rel.getName(2).toString())) {
          throw new InvalidInputException(file, "expected the folder to be laid out COMPANY/DOCUMENT/LANG/<date>.<ext>"
              + " (e.g. smart/privacy/km/2022-01-15.html), or give --company, --document and --lang");
        }
        key = new DocumentKey(rel.getName(0).toString(), rel.getName(1).toString(), rel.getName(2).toString());
        if (!declared.containsKey(key)) {
          throw new InvalidInputException(file, "the study declares no document " + key);
        }
      }
      Instant retrieved = dateInName(file).orElseThrow(() -> new InvalidInputException(file,
          "expected the date the copy was taken from the web in the file's name, like 2022-01-15.html or "
              + "privacy-20220115T093000Z.pdf"));
      out.add(new ImportItem(file, key, declared.get(key), retrieved, folder.relativize(file).toString()));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(folder, "no saved copies in this folder");
    }
    return out;
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The one date in a file's name (without its extension); empty when none or several. */
  static Optional<Instant> dateInName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Matcher m = NAME_DATE.matcher(dot > 0 ? name.substring(0, dot) : name);
    Instant found = null;
    while (m.find()) {
      if (found != null) {
        return Optional.empty(); // two dates: which is the retrieval date cannot be told
      }
      try {
        LocalDateTime t = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))).atStartOfDay();
        if (m.group(4) != null) {
          t = t.withHour(Integer.parseInt(m.group(4))).withMinute(Integer.parseInt(m.group(5)))
              .withSecond(Integer.parseInt(m.group(6)));
        }
        if (t.getYear() < 1990 || t.getYear() > 2100) {
          return Optional.empty();
        }
        found = t.toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  /** 2022-01-15 (midnight UTC) or 2022-01-15T09:30:00Z. */
  public static Instant parseDate(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new DateTimeException("not a date: " + text, e);
    }
  }

  /** An http(s) address with a host. */
  public static boolean isWebAddress(String text) {
    try {
      URI u = new URI(text);
      return u.getScheme() != null && u.getScheme().matches("(?i)https?") && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
