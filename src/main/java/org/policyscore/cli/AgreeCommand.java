package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.Agreement;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.DisagreementsCsv;
import org.policyscore.score.OutputTarget;
import org.policyscore.score.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agree A B}: agreement between two researchers, their disagreements, reconciliation. */
@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare two researchers' answers files (RDR's second review): over the elements both",
      "reviewed, the share answered alike and Cohen's kappa, per indicator and overall, and",
      "every disagreement with both answers and comments.",
      "%nWith --out, the disagreements go to a CSV for a third person, who fills its answer,",
      "comment and reviewer columns. Then --reconciled that CSV --into FILE writes the final",
      "answers: agreed elements as the first file has them, disagreements as reconciled,",
      "elements only one reviewed as that one answered. FILE is never one a person wrote in."
    })
final class AgreeCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "A", description = "The first researcher's answers.csv.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second researcher's answers.csv.")
  Path second;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the disagreements to this CSV, for reconciliation.")
  Path out;

  @Option(names = "--reconciled", paramLabel = "FILE", description = "The disagreements CSV, with the reconciler's answers filled in.")
  Path reconciled;

  @Option(names = "--into", paramLabel = "FILE",
      description = "With --reconciled: write the final answers here (a new file, or the year's answers.csv while it holds only suggestions).")
  Path into;

  @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
  Path catalogFile;

  @Override
  public Integer call() throws InvalidInputException, IOException, UsageException {
    if ((reconciled == null) != (into == null)) {
      throw new UsageException("--reconciled and --into go together: the reconciled disagreements, and where to write the final answers");
    }
    if (out != null) {
      java.util.Optional<String> refused = OutputTarget.forDisagreements(out, java.util.Arrays.asList(first, second, reconciled));
      if (refused.isPresent()) {
        throw new UsageException(refused.get());
      }
    }
    Catalog catalog = CatalogCache.load(catalogFile != null ? catalogFile
        : app.workspace().catalogFile(CatalogCommand.DEFAULT_CATALOG));
    PrintWriter print = app.spec.commandLine().getOut();
    if (reconciled != null) {
      var rows = Reconciliation.writeInto(into, first, second, reconciled, catalog);
      print.printf("wrote %s: %d rows, %d reviewed by a person%n", app.workspace().display(into), rows.size(),
          rows.stream().filter(AnswerRow::reviewed).count());
      return ExitCode.OK.code();
    }
    Agreement.Result r = Agreement.compare(AnswersCsv.read(first, catalog), AnswersCsv.read(second, catalog));
    String a = name(first);
    String b = name(second);
    print.printf("%s and %s: %d element(s) reviewed in both", a, b, r.overall().compared());
    print.printf("; %d only in %s, %d only in %s%n", r.onlyA(), a, r.onlyB(), b);
    print.printf("%-10s %9s %7s %10s %7s%n", "indicator", "compared", "alike", "agreement", "kappa");
    for (Agreement.Kappa k : r.perIndicator()) {
      print.println(line(k));
    }
    print.println(line(r.overall()));
    if (!r.disagreements().isEmpty()) {
      print.printf("%n%d disagreement(s):%n", r.disagreements().size());
      for (Agreement.Disagreement d : r.disagreements()) {
        AnswerRow x = d.a();
        print.printf("  %-8s %-12s %-8s %s: %s | %s: %s%n", x.company(),
            x.service().isEmpty() ? x.level().csvName() : x.service(), x.element(),
            a, answer(x), b, answer(d.b()));
        comment(print, a, x);
        comment(print, b, d.b());
      }
    }
    if (out != null) {
      AtomicFile.write(out, DisagreementsCsv.write(r.disagreements()));
      print.printf("%nwrote %s: %d disagreement(s) to reconcile; fill answer, comment and reviewer, then run%n"
          + "  policyscore agree %s %s --reconciled %s --into FINAL.csv%n", app.workspace().display(out),
          r.disagreements().size(), first, second, out);
    }
    return ExitCode.OK.code();
  }

  private static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  private static String answer(AnswerRow r) {
    String shown = r.effectiveAnswer().map(x -> x.csvName()).orElse("");
    return shown + (r.reviewer().isBlank() ? "" : " (" + r.reviewer().strip() + ")");
  }

  private static void comment(PrintWriter print, String who, AnswerRow r) {
    if (!r.comment().isBlank()) {
      String c = r.comment().strip().replaceAll("\\s+", " ");
      print.printf("      %s: \"%s\"%n", who, c.length() > 100 ? c.substring(0, 99) + "…" : c);
    }
  }

  private static String line(Agreement.Kappa k) {
    OptionalDouble p = k.percent();
    return String.format(Locale.ROOT, "%-10s %9d %7d %10s %7s", k.scope(), k.compared(), k.agreed(),
        p.isPresent() ? String.format(Locale.ROOT, "%.1f%%", p.getAsDouble()) : "-",
        k.kappa().isPresent() ? String.format(Locale.ROOT, "%.2f", k.kappa().getAsDouble()) : "n/a");
  }
}
