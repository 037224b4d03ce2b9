package org.policyscore.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a wrong command line is answered: one line saying what is wrong, one line with the
 * command's usage and where its help is, exit code 2. No page of help text to search through.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    return report(subcommand(ex.getCommandLine(), args), message(ex));
  }

  /** Says what is wrong and how the command is used; returns the exit code. */
  private static int report(CommandLine command, String message) {
    PrintWriter err = command.getErr();
    err.println("error: " + message);
    CommandSpec spec = command.getCommandSpec();
    String name = spec.qualifiedName();
    String[] custom = spec.usageMessage().customSynopsis();
    if (custom.length > 0) {
      for (int i = 0; i < custom.length; i++) {
        err.println((i == 0 ? "Usage: " : "       ") + custom[i].strip());
      }
      err.println("('" + name + " --help' explains every option)");
    } else {
      err.println("Usage: " + synopsis(spec) + "   ('" + name + " --help' explains every option)");
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      List<String> unmatched = u.getUnmatched();
      boolean topLevel = u.getCommandLine().getParent() == null;
      if (topLevel && !unmatched.get(0).startsWith("-")) {
        return "no command '" + unmatched.get(0) + "'; the commands are "
            + String.join(", ", u.getCommandLine().getSubcommands().keySet());
      }
      return (unmatched.size() == 1 ? "unexpected argument '" : "unexpected arguments '")
          + String.join("', '", unmatched) + "'";
    }
    String m = ex.getMessage() == null ? "the command line is wrong" : ex.getMessage();
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /** The subcommand the arguments name (the deepest), which is what the user was running. */
  private static CommandLine subcommand(CommandLine at, String[] args) {
    CommandLine top = at;
    while (top.getParent() != null) {
      top = top.getParent();
    }
    CommandLine found = top;
    for (String arg : args) {
      Map<String, CommandLine> subs = found.getSubcommands();
      if (subs.containsKey(arg)) {
        found = subs.get(arg);
      }
    }
    // An error raised for a deeper command than the arguments show (it knows best) wins.
    return depth(at) > depth(found) ? at : found;
  }

  private static int depth(CommandLine c) {
    int d = 0;
    for (CommandLine p = c.getParent(); p != null; p = p.getParent()) {
      d++;
    }
    return d;
  }

  private static String synopsis(CommandSpec spec) {
    List<String> parts = new ArrayList<>();
    parts.add(spec.qualifiedName());
    if (!spec.options().isEmpty()) {
      parts.add("[OPTIONS]");
    }
    if (!spec.subcommands().isEmpty()) {
      parts.add("COMMAND");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
      parts.add(p.arity().min() == 0 ? "[" + label + "]" : label);
    }
    return String.join(" ", parts);
  }
}
