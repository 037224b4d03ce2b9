package org.policyscore.diff;

import java.util.List;

/** Words about the elements touched that every renderer says the same way. */
final class ElementsText {
  private ElementsText() {}

  /** "answers suggested from the en and km texts". */
  static String answersFrom(ElementsTouched touched) {
    List<String> langs = touched.languages();
    if (langs.isEmpty()) {
      return "answers suggested from the text";
    }
    String list = langs.size() == 1 ? langs.get(0)
        : String.join(", ", langs.subList(0, langs.size() - 1)) + " and " + langs.get(langs.size() - 1);
    return "answers suggested from the " + list + (langs.size() == 1 ? " text" : " texts");
  }
}
