package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishStemmerTest {
  private static void meet(String... words) {
    String first = EnglishStemmer.stem(words[0]);
    for (String w : words) {
      assertThat(EnglishStemmer.stem(w)).as(w).isEqualTo(first);
    }
  }

  @Test
  void inflectionsOfOneWordMeet() {
    meet("share", "shares", "shared", "sharing");
    meet("collect", "collects", "collected", "collecting", "collection");
    meet("delete", "deleted", "deletes", "deletion");
    meet("policy", "policies");
    meet("notify", "notified");
    meet("process", "processes", "processed");
    meet("bar", "barred", "barring");
    meet("authorise", "authorised", "authorize", "authorized");
    meet("company's", "company");
    meet("use", "used", "uses", "using");
  }

  @Test
  void differentWordsStayApart() {
    assertThat(EnglishStemmer.stem("user")).isNotEqualTo(EnglishStemmer.stem("use"));
    assertThat(EnglishStemmer.stem("us")).isNotEqualTo(EnglishStemmer.stem("using"));
    assertThat(EnglishStemmer.stem("access")).isEqualTo("access");
    assertThat(EnglishStemmer.stem("2021")).isEqualTo("2021");
  }
}
