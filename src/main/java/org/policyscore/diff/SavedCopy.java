package org.policyscore.diff;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.policyscore.InvalidInputException;
import org.policyscore.extract.ExtractionException;
import org.policyscore.extract.ExtractionRules;
import org.policyscore.extract.Extractor;
import org.policyscore.fetch.Download;
import org.policyscore.fetch.FetchFailure;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.fetch.HttpFetcher;
import org.policyscore.text.StatedDates;

/**
 * A copy of a policy a journalist holds, outside any study: a text, Markdown, HTML or PDF file,
 * or a URL fetched once. Its date is the file's modification time (or the page's Last-Modified,
 * else the time it was fetched); its hash is that of the bytes as held, and is labelled as a
 * file's (or page's) hash, never as an archived copy's.
 */
public final class SavedCopy {
  /** Larger than any policy page; stops a wrong URL from filling memory. */
  static final int MAX_BYTES = 30 * 1024 * 1024;

  private SavedCopy() {}

  public static boolean isUrl(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  /**
   * Reads a file or URL.
   *
   * @param lang {@code en}, {@code km}, or null to tell from the letters
   */
  public static TextSide read(String fileOrUrl, String lang, Duration timeout)
      throws IOException, InvalidInputException {
    if (isUrl(fileOrUrl)) {
      return fetch(fileOrUrl, lang, timeout);
    }
    Path file = Path.of(fileOrUrl);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(fileOrUrl, null, "no such file");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new InvalidInputException(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a policy document?");
    }
    byte[] bytes = Files.readAllBytes(file);
    Instant when = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
    String text = text(bytes, file.getFileName().toString(), "", file.getFileName().toString(), file);
    return side(file.getFileName().toString(), Citation.HashOf.FILE, when, "file modified", bytes, lang, text);
  }

  /**
   * A URL is fetched as {@code fetch} fetches a study's documents: the same redirect and
   * address rules, size limit, no compression, and a deadline for the whole document.
   */
  private static TextSide fetch(String url, String lang, Duration timeout)
      throws IOException, InvalidInputException {
    FetchOptions options = FetchOptions.defaults()
        .withTimes(timeout, timeout, timeout, Duration.ofSeconds(1), timeout, Duration.ZERO)
        .withMaxBytes(MAX_BYTES);
    Download d;
    try {
      d = new HttpFetcher(options).get(URI.create(url), lang == null ? "en" : lang);
    } catch (IllegalArgumentException e) {
      throw new IOException(url + ": not a valid address (" + e.getMessage() + ")", e);
    } catch (FetchFailure e) {
      throw new IOException(url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(url + ": interrupted", e);
    }
    java.util.Optional<Instant> modified = d.lastModified().flatMap(SavedCopy::httpDate);
    Instant when = modified.orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    String text = text(d.body(), url, d.contentType(), d.finalUrl(), null);
    return side(url, Citation.HashOf.PAGE, when, modified.isPresent() ? "Last-Modified header" : "fetched",
        d.body(), lang, text);
  }

  private static java.util.Optional<Instant> httpDate(String value) {
    try {
      return java.util.Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static TextSide side(String label, Citation.HashOf hashOf, Instant when, String whenMeans, byte[] bytes,
      String lang, String text) {
    String l = lang == null ? TextSide.guessLanguage(text) : lang;
    return new TextSide(label, l, text, new Citation(hashOf, TextSide.sha256(bytes), when, whenMeans,
        java.util.List.of(), "", StatedDates.find(text)));
  }

  /**
   * The text of the bytes: a text or Markdown file as it is; a web page, PDF or Word file
   * through the same extraction as the archive's snapshots (page chrome dropped, headings and
   * clauses kept as Markdown), so a saved copy compares like a text version.
   */
  static String text(byte[] bytes, String name, String contentType, String url, Path file)
      throws IOException, InvalidInputException {
    String lowerName = name.toLowerCase(Locale.ROOT);
    String type = contentType.toLowerCase(Locale.ROOT);
    boolean binary = startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004");
    boolean plain = type.startsWith("text/plain") || type.startsWith("text/markdown")
        || lowerName.endsWith(".md") || lowerName.endsWith(".markdown") || lowerName.endsWith(".txt");
    if (!binary && (plain || !looksLikeMarkup(bytes, type))) {
      String decoded = new String(bytes, StandardCharsets.UTF_8);
      if (decoded.indexOf('\u0000') >= 0) {
        throw refused(file, name, "not a text, Markdown, HTML or PDF file");
      }
      if (decoded.startsWith("\uFEFF")) {
        decoded = decoded.substring(1);
      }
      return decoded.replace("\r\n", "\n").replace('\r', '\n');
    }
    try {
      return new Extractor().extract(bytes, contentType, url, ExtractionRules.NONE).markdown();
    } catch (ExtractionException e) {
      throw refused(file, name, e.getMessage());
    }
  }

  private static boolean looksLikeMarkup(byte[] bytes, String type) {
    if (type.contains("html") || type.contains("xml")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading();
    return head.startsWith("<");
  }

  /** A file that cannot be read is bad input (exit 4); for a URL it is a failed fetch. */
  private static InvalidInputException refused(Path file, String name, String why) throws IOException {
    if (file == null) {
      throw new IOException(name + ": " + why);
    }
    return new InvalidInputException(file, why);
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
