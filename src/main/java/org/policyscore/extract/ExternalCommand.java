package org.policyscore.extract;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the programs extraction may use when installed (Tesseract, poppler's pdftoppm):
 * found on the PATH, run with a time limit, its output kept in files (no pipe can fill up and
 * stall it). A program that is missing is not an error here: callers say what they could not do.
 */
final class ExternalCommand {
  private ExternalCommand() {}

  /** Where programs are looked for: the PATH; tests point it elsewhere to see a machine without them. */
  static volatile String searchPath = System.getenv("PATH");

  /** What a finished run printed. */
  record Result(int exitCode, String stdout, String stderr) {
    /** The last lines of stderr, for an error message. */
    String why() {
      String[] lines = stderr.strip().split("\n");
      return lines.length == 0 || lines[lines.length - 1].isBlank() ? "exit code " + exitCode
          : lines[lines.length - 1].strip() + " (exit code " + exitCode + ")";
    }
  }

  /** The program's path when it is on the PATH and executable. */
  static Optional<Path> find(String program) {
    String path = searchPath;
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * @throws ExtractionException when the program cannot be started or runs past the timeout
   *     (it is then killed)
   */
  static Result run(List<String> command, Path workDir, Duration timeout) throws ExtractionException {
    String name = Path.of(command.get(0)).getFileName().toString();
    try {
      Path out = Files.createTempFile(workDir, name, ".out");
      Path err = Files.createTempFile(workDir, name, ".err");
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      // One thread per Tesseract run: its OpenMP threads fight each other on small machines.
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new ExtractionException(name + " gave up after the time limit of " + timeout.toSeconds() + " s");
      }
      return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ExtractionException("could not run " + name + ": " + e.getMessage(), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while running " + name);
    }
  }
}
