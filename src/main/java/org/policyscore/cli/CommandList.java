package org.policyscore.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The "Commands:" section of the top-level help, drawn from {@link PolicyscoreCommand#SUBCOMMANDS}
 * rather than from picocli's subcommand models, so that {@code --help} builds none of them (a
 * picocli command line costs a few milliseconds each to set up). Laid out as picocli lays out its
 * own command list; MainTest compares the two.
 */
final class CommandList {
  private CommandList() {}

  /** Installs the section, and the synopsis's {@code [COMMAND]} when no subcommand was built. */
  static void install(CommandSpec top, List<PolicyscoreCommand.Listed> commands, String synopsis) {
    Map<String, IHelpSectionRenderer> sections = top.usageMessage().sectionMap();
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
        help -> help.createHeading(help.commandSpec().usageMessage().commandListHeading()));
    sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> render(help, commands));
    if (top.subcommands().isEmpty()) {
      top.usageMessage().customSynopsis(synopsis);
    }
  }

  private static String render(Help help, List<PolicyscoreCommand.Listed> commands) {
    int width = help.commandSpec().usageMessage().width();
    int longest = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    int nameWidth = Math.min(longest, width / 2);
    Help.TextTable table = Help.TextTable.forColumns(help.colorScheme(),
        new Help.Column(nameWidth + 2, 2, Help.Column.Overflow.SPAN),
        new Help.Column(width - (nameWidth + 2), 2, Help.Column.Overflow.WRAP));
    table.setAdjustLineBreaksForWideCJKCharacters(help.commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters());
    for (PolicyscoreCommand.Listed command : commands) {
      Text[] lines = help.colorScheme().text(command.summary()).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? help.colorScheme().commandText(command.name()) : help.colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }
}
