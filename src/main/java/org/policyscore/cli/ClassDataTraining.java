package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a command: the training run from which the {@code ./policyscore} launcher makes the JVM's
 * class-data sharing archive once after each build ({@code -XX:ArchiveClassesAtExit}), so that
 * every later start maps the classes commands use, already parsed and verified, instead of
 * loading them from the jar (docs/performance.md has the figures).
 *
 * <p>It runs what users run most, in this one process and on small inputs in a temporary
 * folder: the help, {@code aggregate}, {@code diff} in English and Khmer, and {@code run
 * --offline} on a copy of the workspace's catalogues, studies and published scores (never its
 * archive). It writes nothing to the workspace, prints nothing, and ignores what fails: a
 * missing piece only makes the archive smaller.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=FILE -cp policyscore.jar
 * org.policyscore.cli.ClassDataTraining WORKSPACE}
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path workspace = Path.of(args.length > 0 ? args[0] : "");
    Path dir = Files.createTempDirectory("policyscore-training");
    try {
      copyInputs(workspace, dir);
      String ws = dir.toString();
      run("--help");
      run("--version");
      for (PolicyscoreCommand.Listed command : PolicyscoreCommand.SUBCOMMANDS) {
        run(command.name(), "--help");
      }
      run("--workspace", ws, "catalog", "list");
      Path answers = dir.resolve("answers.csv");
      Files.writeString(answers, """
          company,level,service,indicator,element,suggested,evidence,document,snapshot,answer,comment,reviewer
          mekong,group,,G1,G1.1,partial,,,,yes,,trainer
          mekong,opcom,,G1,G1.1,no disclosure found,,,,,,
          mekong,service,prepaid,P1a,P1a.1,partial,,,,,,
          """, StandardCharsets.UTF_8);
      run("--workspace", ws, "aggregate", "--answers", answers.toString(), "--out", dir.resolve("scores.csv").toString());
      // RDR's own element-file layout too (a few rows of our own in its columns), read by other classes
      Path rdr = dir.resolve("rdr-elements.csv");
      Files.writeString(rdr, String.join(",", org.policyscore.score.RdrElementCsv.HEADER) + "\n" + """
          2020,Telecommunication,Mekong,Mekong,G,G01,1,NA,G01.01,1,Company,Group,Group,Group,yes,"Said, in full.",100
          2020,Telecommunication,Mekong,Mekong,G,G01,1,NA,G01.01,1,Company,OpCom,OpCom,OpCom,no,NA,0
          2020,Telecommunication,Mekong,Mekong,P,P01a,1,a,P01a.01,1,Services,Mobile Services,mobile,Prepaid mobile,partial,NA,50
          """, StandardCharsets.UTF_8);
      run("--workspace", ws, "aggregate", "--answers", rdr.toString(), "--out", dir.resolve("rdr-scores.csv").toString());
      diff(dir, "en", "We keep call detail records for 12 months.", "We keep call detail records for 24 months.");
      diff(dir, "km", "យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេល ១២ ខែ។", "យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេល ២៤ ខែ។");
      run("--workspace", ws, "run", "--offline");
    } finally {
      delete(dir);
    }
    System.exit(0); // whatever threads a command left behind, the archive is written now
  }

  private static void diff(Path dir, String lang, String before, String after) throws IOException {
    Path a = dir.resolve("before-" + lang + ".md");
    Path b = dir.resolve("after-" + lang + ".md");
    Files.writeString(a, "# Privacy Notice\n\n" + before + "\n", StandardCharsets.UTF_8);
    Files.writeString(b, "# Privacy Notice\n\n" + after + "\n", StandardCharsets.UTF_8);
    run("--workspace", dir.toString(), "diff", a.toString(), b.toString());
  }

  private static void run(String... args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    try {
      Main.run(args, nowhere, nowhere, false);
    } catch (RuntimeException | LinkageError e) {
      // a failed step only leaves its classes out of the archive
    }
  }

  /** Catalogues, study files and report inputs (CSV, YAML, Markdown): small, and all a run reads offline. */
  private static void copyInputs(Path workspace, Path dir) throws IOException {
    for (String folder : List.of("indicators", "policies", "reports")) {
      Path from = workspace.resolve(folder);
      if (!Files.isDirectory(from)) {
        continue;
      }
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(from)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> !from.relativize(f).startsWith("archive") && !from.relativize(f).startsWith("text"))
            .filter(f -> f.toString().matches(".*\\.(yaml|csv|md)$"))
            .forEach(files::add);
      }
      for (Path f : files) {
        Path to = dir.resolve(folder).resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
