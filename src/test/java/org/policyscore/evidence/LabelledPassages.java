package org.policyscore.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.yaml.YamlFile;
import org.policyscore.yaml.YamlMap;

/** The labelled passages of src/test/resources/evidence/labelled/{tune,holdout}. */
record LabelledPassages(String part, List<Passage> passages) {
  record Passage(String id, String lang, Set<String> answers, String text) {}

  static final Path ROOT = Path.of("src/test/resources/evidence/labelled");

  static LabelledPassages read(String part) throws InvalidInputException {
    YamlMap top = YamlFile.read(ROOT.resolve(part).resolve("passages.yaml"));
    List<Passage> out = new ArrayList<>();
    for (YamlMap p : top.maps("passages")) {
      out.add(new Passage(p.requiredString("id"), p.requiredString("lang"),
          new LinkedHashSet<>(p.strings("answers")), p.requiredString("text")));
    }
    return new LabelledPassages(part, out);
  }
}
