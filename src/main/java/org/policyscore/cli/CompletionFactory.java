package org.policyscore.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;

/**
 * For picocli's shell-completion generator ({@code picocli.AutoComplete}), which builds the
 * command it is given by reflection: the top-level command is declared with picocli's
 * programmatic API (see {@link PolicyscoreCommand}), so this hands it over already built, with
 * every subcommand. Usage: {@code java -cp target/policyscore.jar picocli.AutoComplete -n
 * policyscore -c org.policyscore.cli.CompletionFactory org.policyscore.cli.PolicyscoreCommand}.
 */
public final class CompletionFactory implements CommandLine.IFactory {
  @Override
  @SuppressWarnings("unchecked")
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == PolicyscoreCommand.class) {
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      return (K) PolicyscoreCommand.commandLine(nowhere, nowhere, false).getCommandSpec();
    }
    return CommandLine.defaultFactory().create(cls);
  }
}
