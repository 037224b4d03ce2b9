package org.policyscore.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file into a node tree that keeps line and column of every value, so that
 * validation errors can point at the exact place a person has to fix.
 */
public final class YamlFile {
  private YamlFile() {}

  /** The top-level mapping of {@code file}. */
  public static YamlMap read(Path file) throws InvalidInputException {
    Node root;
    try {
      Optional<String> tooLarge = YamlLimits.checkSize(Files.size(file));
      if (tooLarge.isPresent()) {
        throw new InvalidInputException(file, tooLarge.get());
      }
      String text = strictUtf8(file);
      Optional<YamlLimits.LongLine> longLine = YamlLimits.checkLines(text);
      if (longLine.isPresent()) {
        throw new InvalidInputException(file, longLine.get().line(), 1, longLine.get().message());
      }
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(false);
      options.setCodePointLimit((int) YamlLimits.MAX_BYTES);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file, "file not found");
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      Mark start = e.getContextMark();
      String context = "";
      if (e.getContext() != null) {
        context = " (" + e.getContext().strip();
        if (start != null && start != mark) {
          context += " that starts at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
        }
        context += ")";
      }
      throw new InvalidInputException(
          file,
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          "malformed YAML: " + problem.strip() + context);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file, "not UTF-8 text; save the file as UTF-8");
    } catch (IOException e) {
      throw new InvalidInputException(file, "cannot read: " + e.getMessage());
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InvalidInputException(file, "not UTF-8 text; save the file as UTF-8");
      }
      throw new InvalidInputException(file, "malformed YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new InvalidInputException(file, 1, 1, "the file is empty; expected a YAML mapping");
    }
    if (!(root instanceof MappingNode mapping)) {
      throw YamlMap.error(file, root, "expected a mapping of keys to values at the top level");
    }
    return new YamlMap(file, mapping);
  }

  private static String strictUtf8(Path file) throws IOException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }
}
