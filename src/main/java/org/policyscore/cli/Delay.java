package org.policyscore.cli;

import java.time.Duration;
import picocli.CommandLine;

/** The --delay option: seconds, not negative, at most ten minutes. */
final class Delay {
  private Delay() {}

  static Duration of(double seconds, CommandLine commandLine) {
    if (!(seconds >= 0) || seconds > 600) {
      throw new CommandLine.ParameterException(commandLine,
          "--delay must be between 0 and 600 seconds, not " + seconds);
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
