package org.policyscore.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.policyscore.archive.DocumentKey;

/**
 * A document in one language: the folder its text versions live in, and the names a reader
 * knows it by.
 *
 * @param companyName e.g. "Smart Axiata" (the id when the study does not name it)
 * @param title e.g. "Privacy Notice" (the id when the study does not name it)
 */
public record DocumentRef(String company, String document, String lang, String companyName, String title) {

  /** A document known by its ids only. */
  public DocumentRef(String company, String document, String lang) {
    this(company, document, lang, company, document);
  }

  /** {@code smart/privacy/km}. */
  public String path() {
    return company + "/" + document + "/" + lang;
  }

  public DocumentKey key() {
    return new DocumentKey(company, document, lang);
  }

  /** "Smart Axiata, Privacy Notice (Khmer)". */
  public String displayName() {
    return companyName + ", " + title + " (" + languageName(lang) + ")";
  }

  /** "English", "Khmer"; the code itself for a language Java does not name. */
  public static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /** Its folder under {@code policies/text/}. */
  public Path folder(Path texts) {
    return texts.resolve(company).resolve(document).resolve(lang);
  }

  /** Every document folder under {@code policies/text/} ({@code company/document/lang}), sorted. */
  public static List<DocumentRef> scan(Path texts) throws IOException {
    List<DocumentRef> out = new ArrayList<>();
    for (Path c : dirs(texts)) {
      for (Path d : dirs(c)) {
        for (Path l : dirs(d)) {
          out.add(new DocumentRef(c.getFileName().toString(), d.getFileName().toString(), l.getFileName().toString()));
        }
      }
    }
    return out;
  }

  private static List<Path> dirs(Path parent) throws IOException {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }
}
