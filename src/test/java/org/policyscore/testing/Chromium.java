package org.policyscore.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Opens a page in headless Chromium (Debian's {@code chromium} package), as a reader would:
 * takes screenshots and reports broken images and script errors. Tests that need it are
 * skipped, saying so, where it is not installed; {@code .ci/install-chromium} installs it.
 */
public final class Chromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  /**
   * What the page showed: how many images, which did not load, which script errors occurred.
   */
  public record PageCheck(int images, List<String> brokenImages, List<String> errors) {}

  /**
   * Runs in the checked copy before anything else on the page: it records errors (script
   * errors, and resources that fail to load) and, once loaded, the images with no pixels.
   */
  private static final String PROBE = """
      <script>
      window.__errors = [];
      window.addEventListener('error', function (e) {
        var t = e.target;
        window.__errors.push(t && t !== window && (t.src || t.href) ? 'failed to load ' + String(t.src || t.href).slice(0, 60) : String(e.message));
      }, true);
      window.addEventListener('load', function () {
        var probe = document.createElement('div');
        probe.id = '__probe';
        probe.setAttribute('data-images', String(document.images.length));
        for (var i = 0; i < document.images.length; i++) {
          var im = document.images[i];
          if (!im.complete || im.naturalWidth === 0) {
            var b = document.createElement('p'); b.className = 'broken'; b.textContent = im.alt || im.src.slice(0, 60); probe.appendChild(b);
          }
        }
        window.__errors.forEach(function (m) { var p = document.createElement('p'); p.className = 'error'; p.textContent = m; probe.appendChild(p); });
        document.body.appendChild(probe);
      });
      </script>
      """;

  private Chromium() {}

  public static Path requireInstalled() {
    assumeTrue(Files.isExecutable(BINARY),
        "skipped: headless Chromium is not installed (/usr/bin/chromium); run .ci/install-chromium");
    return BINARY;
  }

  /** Loads a copy of the page with a probe script and reads what the probe found. */
  public static PageCheck check(Path page) throws IOException, InterruptedException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    int head = html.indexOf("<head>");
    if (head < 0) {
      throw new IllegalArgumentException(page + " has no <head>");
    }
    String probed = html.substring(0, head + 6) + PROBE + html.substring(head + 6);
    Path copy = page.resolveSibling(page.getFileName() + ".checked.html");
    Files.writeString(copy, probed, StandardCharsets.UTF_8);
    String dom = run(List.of("--dump-dom", "--virtual-time-budget=3000", copy.toUri().toString()));
    Document doc = Jsoup.parse(dom);
    Element probe = doc.getElementById("__probe");
    if (probe == null) {
      throw new IllegalStateException("the probe did not run in " + copy + "; Chromium printed:\n"
          + dom.substring(0, Math.min(500, dom.length())));
    }
    return new PageCheck(Integer.parseInt(probe.attr("data-images")),
        probe.select("p.broken").eachText(), probe.select("p.error").eachText());
  }

  public static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString()));
    if (!Files.isRegularFile(png)) {
      throw new IOException("Chromium wrote no screenshot to " + png);
    }
  }

  private static String run(List<String> args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("policyscore-chromium-");
    Path stdout = Files.createTempFile("policyscore-chromium-", ".out");
    try {
      List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
      command.addAll(args);
      Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("Chromium did not finish within 90 s: " + command);
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(stdout);
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
