package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CatalogWriter;
import org.policyscore.catalog.Category;
import org.policyscore.catalog.Coverage;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.catalog.RdrCatalogGenerator;
import org.policyscore.io.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code catalog validate|list|show|generate}: check and browse an indicator catalogue. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Check and browse an indicator catalogue (default: indicators/rdr-2020.yaml).",
    subcommands = {
      CatalogCommand.Validate.class,
      CatalogCommand.ListIndicators.class,
      CatalogCommand.Show.class,
      CatalogCommand.CoverageReport.class,
      CatalogCommand.Generate.class
    })
final class CatalogCommand implements Runnable {
  static final String DEFAULT_CATALOG = "rdr-2020";

  @ParentCommand PolicyscoreCommand app;

  @Override
  public void run() {
    app.spec.commandLine().getSubcommands().get("catalog").usage(app.spec.commandLine().getOut());
  }

  Path defaultFile() {
    return app.workspace().catalogFile(DEFAULT_CATALOG);
  }

  Catalog load(Path file) throws InvalidInputException {
    return CatalogCache.load(file == null ? defaultFile() : file);
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a catalogue file; on success print what it holds.")
  static final class Validate implements java.util.concurrent.Callable<Integer> {
    @ParentCommand CatalogCommand catalog;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
    Path file;

    @Override
    public Integer call() throws InvalidInputException {
      Path f = file == null ? catalog.defaultFile() : file;
      Catalog c = CatalogLoader.load(f);
      long cues = c.scored().stream().flatMap(i -> i.elements().stream())
          .mapToLong(e -> e.cues().en().size() + e.cues().km().size()).sum();
      PrintWriter out = catalog.app.spec.commandLine().getOut();
      out.printf("ok: %s: %d indicators (%d families), %d elements, %d cues%n",
          catalog.app.workspace().display(f), c.scored().size(),
          c.indicators().size() - c.scored().size(), c.elementCount(), cues);
      return ExitCode.OK.code();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List indicators: id, title, element count, and how many elements are covered (cued in English and Khmer, answered from facts, or read by a person).")
  static final class ListIndicators implements java.util.concurrent.Callable<Integer> {
    @ParentCommand CatalogCommand catalog;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
    Path file;

    @Option(names = "--category", paramLabel = "G|F|P", description = "Only this category.")
    String category;

    @Option(names = "--applies-to", paramLabel = "TYPE",
        description = "Only indicators and elements that apply to this company type: telecom or internet.")
    String appliesTo;

    @Override
    public Integer call() throws InvalidInputException {
      Catalog c = catalog.load(file);
      Optional<Category> cat = Optional.empty();
      if (category != null) {
        cat = Optional.of(Category.parse(category).orElseThrow(() -> new picocli.CommandLine.ParameterException(
            catalog.app.spec.commandLine(), "--category must be G, F or P, not '" + category + "'")));
      }
      Optional<CompanyType> type = Optional.empty();
      if (appliesTo != null) {
        type = Optional.of(CompanyType.parse(appliesTo).orElseThrow(() -> new picocli.CommandLine.ParameterException(
            catalog.app.spec.commandLine(), "--applies-to must be telecom or internet, not '" + appliesTo + "'")));
      }
      PrintWriter out = catalog.app.spec.commandLine().getOut();
      out.printf("%-6s %-62s %8s %8s%n", "ID", "TITLE", "ELEMENTS", "COVERED");
      int indicators = 0;
      int elements = 0;
      for (Indicator i : c.indicators()) {
        if (cat.isPresent() && i.category() != cat.get()) {
          continue;
        }
        if (type.isPresent() && !i.appliesTo(type.get())) {
          continue;
        }
        List<Element> applicable = type.isPresent() ? i.elementsFor(type.get()) : i.elements();
        if (!i.family() && applicable.isEmpty()) {
          continue;
        }
        String indent = i.parent().isPresent() ? "  " : "";
        String count = i.family() ? "(family)" : Integer.toString(applicable.size());
        String covered = i.family() ? "" : Integer.toString(Coverage.of(applicable).covered());
        out.printf("%-6s %-62s %8s %8s%n", i.id(), truncate(indent + i.title(), 62), count, covered);
        if (!i.family()) {
          indicators++;
          elements += applicable.size();
        }
      }
      List<Element> all = new java.util.ArrayList<>();
      for (Indicator i : c.scored()) {
        if (cat.isEmpty() || i.category() == cat.get()) {
          all.addAll(type.isPresent() ? i.elementsFor(type.get()) : i.elements());
        }
      }
      out.printf("%d indicators, %d elements%s; %s%n", indicators, elements,
          type.map(t -> " apply to " + t.yamlName() + " companies").orElse(""), summary(Coverage.of(all)));
      return ExitCode.OK.code();
    }

    static String summary(Coverage c) {
      return String.format("%d/%d covered (%d cued in English and Khmer, %d from facts, %d read by a person)",
          c.covered(), c.elements(), c.cued(), c.fromFacts(), c.readByPerson());
    }

    private static String truncate(String s, int width) {
      return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show an indicator with its elements, or one element (e.g. P1a or P1a.2).")
  static final class Show implements java.util.concurrent.Callable<Integer> {
    @ParentCommand CatalogCommand catalog;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
    Path file;

    @Parameters(paramLabel = "ID", description = "Indicator (F1a, F01a) or element (F1a.2, F01a.02) id.")
    String id;

    @Override
    public Integer call() throws InvalidInputException, CommandFailedException {
      Catalog c = catalog.load(file);
      PrintWriter out = catalog.app.spec.commandLine().getOut();
      Optional<Element> element = c.element(id);
      if (element.isPresent()) {
        Indicator i = c.indicator(element.get().indicatorId()).orElseThrow();
        out.println(i.label());
        printElement(out, element.get());
        return ExitCode.OK.code();
      }
      Indicator i = c.indicator(id).orElseThrow(() -> new CommandFailedException(
          "no indicator or element '" + id + "' in " + c.id() + "; try 'policyscore catalog list'"));
      out.println(i.label());
      i.titleKm().ifPresent(t -> out.println("  (km) " + t));
      out.println("  category: " + i.category() + " " + i.category().title());
      i.parent().ifPresent(p -> out.println("  family: " + p));
      if (i.family()) {
        out.println("  sub-indicators: " + String.join(", ", c.subIndicators(i.id()).stream().map(Indicator::id).toList()));
      } else {
        out.println("  scoring scope: " + i.scope().yamlName());
      }
      if (!i.documents().isEmpty()) {
        out.println("  evidence from: " + String.join(", ", i.documents()));
      }
      if (!i.excludedCompanyTypes().isEmpty()) {
        out.println("  does not apply to: " + i.excludedCompanyTypes().stream().map(CompanyType::yamlName).sorted().toList());
      }
      if (!i.description().isEmpty()) {
        out.println();
        out.println(i.description());
      }
      for (Element e : i.elements()) {
        out.println();
        printElement(out, e);
      }
      return ExitCode.OK.code();
    }

    private static void printElement(PrintWriter out, Element e) {
      out.println(e.id() + (e.reversed() ? " (reversed scoring)" : "") + ": " + e.question());
      if (!e.excludedCompanyTypes().isEmpty()) {
        out.println("    does not apply to: " + e.excludedCompanyTypes().stream().map(CompanyType::yamlName).sorted().toList());
      }
      if (!e.excludedServices().isEmpty()) {
        out.println("    not for services: " + e.excludedServices().stream().sorted().toList());
      }
      e.fact().ifPresent(f -> out.println("    answered from: " + f.yamlName()));
      e.readByPerson().ifPresent(r -> out.println("    read by a person: " + r));
      // one cue per line: a cue itself uses ' | ' between alternatives
      for (String lang : List.of("en", "km")) {
        for (String cue : e.cues().forLanguage(lang)) {
          out.println("    cue (" + lang + "): " + cue);
        }
      }
    }
  }

  @Command(name = "coverage", mixinStandardHelpOptions = true,
      description = {"Which elements the tool can answer, and how: cued in English and Khmer, from facts, "
          + "or read by a person. Lists every element that is none of these (a gap in the catalogue); "
          + "exits 1 when there is one."})
  static final class CoverageReport implements java.util.concurrent.Callable<Integer> {
    @ParentCommand CatalogCommand catalog;

    @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
    Path file;

    @Override
    public Integer call() throws InvalidInputException {
      Catalog c = catalog.load(file);
      List<Element> all = c.scored().stream().flatMap(i -> i.elements().stream()).toList();
      Coverage coverage = Coverage.of(all);
      PrintWriter out = catalog.app.spec.commandLine().getOut();
      out.println(c.id() + ": " + ListIndicators.summary(coverage));
      coverage.gaps().forEach(g -> out.println("  not covered: " + g));
      return coverage.gaps().isEmpty() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = {"Regenerate indicators/rdr-2020.yaml from RDR's 2020 meta files.",
          "Cues, document kinds, facts and Khmer titles already in the catalogue are kept."})
  static final class Generate implements java.util.concurrent.Callable<Integer> {
    @ParentCommand CatalogCommand catalog;

    @Option(names = "--rdr", paramLabel = "DIR", description = "Folder with RDR's 2020 CSV files (default: ${DEFAULT-VALUE}).")
    Path rdr = Path.of("..", "shared", "rdr", "2020");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: indicators/rdr-2020.yaml).")
    Path outFile;

    @Override
    public Integer call() throws InvalidInputException, IOException {
      Path target = outFile == null ? catalog.defaultFile() : outFile;
      Optional<Catalog> previous = Files.exists(target) ? Optional.of(CatalogLoader.load(target)) : Optional.empty();
      Catalog generated = RdrCatalogGenerator.generate(rdr, previous);
      AtomicFile.write(target, CatalogWriter.write(generated, RdrCatalogGenerator.header()));
      CatalogLoader.load(target); // what we wrote must read back
      catalog.app.spec.commandLine().getOut().printf("wrote %s: %d indicators, %d elements%n",
          catalog.app.workspace().display(target), generated.scored().size(), generated.elementCount());
      return ExitCode.OK.code();
    }
  }
}
