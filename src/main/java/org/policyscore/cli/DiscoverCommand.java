package org.policyscore.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.fetch.Candidate;
import org.policyscore.fetch.Discoverer;
import org.policyscore.fetch.Discovery;
import org.policyscore.fetch.FetchFailure;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code discover STUDY COMPANY}: find a company's policies from its home page. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Find a company's terms and privacy pages (English and Khmer) from its home page.",
      "%nFollows links that name terms, conditions, privacy or data protection (and 'Legal' pages and language switches), at most two clicks deep, the way a visitor would. Lists each page found with its language and the clicks that reach it. Record those clicks as 'reached_by' in the study when you adopt a page: RDR's \"easy to find\" element asks about them."
    })
final class DiscoverCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "Study id, e.g. cambodia.")
  String study;

  @Parameters(index = "1", paramLabel = "COMPANY", description = "Company id, e.g. smart.")
  String company;

  @Option(names = "--from", paramLabel = "URL", description = "Start here instead of the company's declared home page.")
  URI from;

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Pause between two requests to the same site, to be polite (default: ${DEFAULT-VALUE}).")
  double delay = 2;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, InterruptedException {
    if (from != null && (from.getScheme() == null || !from.getScheme().matches("(?i)https?") || from.getHost() == null)) {
      throw new UsageException("--from must be a web address starting with https:// or http://, not '" + from + "'");
    }
    var options = FetchOptions.defaults().withPerHostDelay(Delay.of(delay, app.spec.commandLine()));
    Study s = Studies.load(app.workspace(), study);
    Company c = Studies.company(s, company);
    if (from == null && c.homePage().isEmpty()) {
      throw new CommandFailedException("the study gives no 'home' page for " + c.name()
          + "; add 'home: https://...' to the company in the study, or give --from URL");
    }
    URI home = from == null ? c.homePage().get() : from;
    Discovery found;
    try {
      found = new Discoverer(options).discover(home);
    } catch (FetchFailure f) {
      throw new CommandFailedException("cannot discover " + c.name() + "'s policies: " + f.getMessage());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    out.printf("%s: %d candidate page(s) from %s (%d page(s) looked at, at most %d clicks deep)%n",
        c.name(), found.candidates().size(), found.homePage(), found.pagesVisited(), Discoverer.MAX_CLICKS);
    for (Candidate cand : found.candidates()) {
      out.printf("%n%-7s %-2s  %s%n", cand.kind(), cand.lang(), cand.url());
      out.println("    title:  " + cand.title());
      out.println("    clicks: home page -> " + String.join(" -> ", cand.reachedBy().stream().map(t -> "\"" + t + "\"").toList()));
      out.println("    in the study: " + declared(c, cand).orElse("not declared"));
      out.println("    reached_by: [" + String.join(", ", cand.reachedBy().stream().map(DiscoverCommand::yamlQuote).toList()) + "]");
    }
    for (String p : found.problems()) {
      out.println("could not open " + p);
    }
    if (found.candidates().isEmpty()) {
      out.println("No policy found within " + Discoverer.MAX_CLICKS + " clicks of the home page: for RDR, not easy to find.");
    } else {
      out.println();
      out.println("To adopt a page, add its url and reached_by line to the document's version in "
          + app.workspace().display(s.file()) + ".");
    }
    return ExitCode.OK.code();
  }

  /** Which declared document version has this address, if any (trailing slashes ignored). */
  private static Optional<String> declared(Company c, Candidate cand) {
    String want = cand.url().replaceFirst("/$", "");
    for (PolicyDocument d : c.documents()) {
      for (DocumentVersion v : d.versions()) {
        if (v.url().isPresent() && v.url().get().toString().replaceFirst("/$", "").equals(want)) {
          return Optional.of(d.id() + "/" + v.lang() + (v.reachedBy().isEmpty() ? " (no reached_by recorded yet)" : ""));
        }
      }
    }
    return Optional.empty();
  }

  private static String yamlQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
