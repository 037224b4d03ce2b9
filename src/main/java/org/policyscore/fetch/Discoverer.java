package org.policyscore.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Looks for a company's policies the way a person would: from the home page, follow links whose
 * text or address names terms, conditions, privacy or data protection (English or Khmer), plus
 * "Legal" pages and language switches, at most two clicks deep, staying on the company's site.
 * Each page found is listed with the clicks that reached it.
 */
public final class Discoverer {
  /** RDR asks whether a policy is easy to find: two clicks from the home page is the bar used here. */
  public static final int MAX_CLICKS = 2;
  private static final int MAX_PAGES = 40;
  private static final String ACCEPT_LANGUAGE = "en, km;q=0.9";

  private final FetchOptions options;

  public Discoverer(FetchOptions options) {
    this.options = options;
  }

  private record Visit(URI url, List<Candidate.Click> clicks, Optional<String> kind) {}

  /** @throws FetchFailure when the home page itself cannot be fetched */
  public Discovery discover(URI home) throws FetchFailure, InterruptedException {
    HttpFetcher http = new HttpFetcher(options);
    String site = siteOf(home);
    Deque<Visit> queue = new ArrayDeque<>();
    Set<String> queued = new HashSet<>();
    Map<String, Candidate> found = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    queue.add(new Visit(home, List.of(), Optional.empty()));
    queued.add(key(home));
    int visited = 0;
    while (!queue.isEmpty() && visited < MAX_PAGES) {
      Visit visit = queue.removeFirst();
      if (visited > 0) {
        Thread.sleep(options.perHostDelay().toMillis());
      }
      visited++;
      Download page;
      try {
        page = http.get(visit.url, ACCEPT_LANGUAGE);
      } catch (FetchFailure f) {
        if (visit.clicks.isEmpty()) {
          throw new FetchFailure("home page " + home + ": " + f.getMessage(), f.retryable());
        }
        problems.add(visit.url + ": " + f.getMessage());
        continue;
      }
      queued.add(key(URI.create(page.finalUrl())));
      boolean html = page.contentType().toLowerCase(Locale.ROOT).contains("html");
      Document doc = html ? parse(page) : null;
      if (visit.kind.isPresent()) {
        String lang = doc != null ? language(doc) : scriptLanguage(visit.clicks.get(visit.clicks.size() - 1).text());
        String title = doc != null && !doc.title().isBlank() ? doc.title().strip() : visit.clicks.get(visit.clicks.size() - 1).text();
        found.putIfAbsent(key(URI.create(page.finalUrl())),
            new Candidate(visit.kind.get(), lang, page.finalUrl(), title, visit.clicks));
      }
      if (doc == null || visit.clicks.size() >= MAX_CLICKS) {
        continue;
      }
      for (Element a : doc.select("a[href]")) {
        Optional<URI> target = resolve(a.absUrl("href"));
        if (target.isEmpty() || !siteOf(target.get()).equals(site) || queued.contains(key(target.get()))) {
          continue;
        }
        String text = linkText(a);
        String url = target.get().toString();
        Optional<String> kind = PolicyLinks.kind(text, url);
        boolean follow = kind.isPresent() || PolicyLinks.leadsToPolicies(text, url)
            || (visit.clicks.isEmpty() && PolicyLinks.switchesLanguage(text, a.attr("hreflang"), target.get().getPath()));
        if (follow) {
          List<Candidate.Click> clicks = new ArrayList<>(visit.clicks);
          clicks.add(new Candidate.Click(text.isEmpty() ? url : text, url));
          queue.add(new Visit(target.get(), clicks, kind));
          queued.add(key(target.get()));
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>(found.values());
    candidates.sort(java.util.Comparator.comparing(Candidate::kind).thenComparing(Candidate::lang)
        .thenComparingInt(c -> c.clicks().size()).thenComparing(Candidate::url));
    return new Discovery(home.toString(), candidates, visited, problems);
  }

  private static Document parse(Download page) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.finalUrl());
    } catch (IOException e) {
      return Jsoup.parse("", page.finalUrl());
    }
  }

  private static String linkText(Element a) {
    String text = a.text().strip();
    if (text.isEmpty()) {
      text = a.attr("aria-label").isBlank() ? a.attr("title").strip() : a.attr("aria-label").strip();
    }
    return text.replace("\u200b", "");
  }

  /** The page's declared language, else the one its text is written in. */
  static String language(Document doc) {
    String declared = doc.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
    if (declared.length() >= 2) {
      String two = declared.substring(0, 2);
      return two.equals("kh") ? "km" : two; // a common mistake: the country code for the language
    }
    return scriptLanguage(doc.body() == null ? "" : doc.body().text());
  }

  static String scriptLanguage(String text) {
    long khmer = text.codePoints().filter(c -> c >= 0x1780 && c <= 0x17FF).count();
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters > 0 && khmer * 3 >= letters ? "km" : "en";
  }

  /** The site, so that discovery stays on the company's pages: the host without "www.". */
  private static String siteOf(URI u) {
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    return (host.startsWith("www.") ? host.substring(4) : host) + ":" + u.getPort();
  }

  private static Optional<URI> resolve(String abs) {
    if (abs.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(abs);
      if (u.getScheme() == null || !u.getScheme().matches("https?")) {
        return Optional.empty();
      }
      return Optional.of(new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Same page whatever the fragment or a trailing slash. */
  private static String key(URI u) {
    String s = u.toString().replaceFirst("#.*$", "");
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
