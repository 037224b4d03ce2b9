package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void readsKhmerDigitsAsNumbers() {
    assertThat(Numbers.parseDigits("១២")).isEqualTo(12);
    assertThat(Numbers.parseDigits("២០២៦")).isEqualTo(2026);
    assertThat(Numbers.parseDigits("30")).isEqualTo(30);
  }

  @Test
  void clauseNumbersInEitherScriptAreTheSame() {
    assertThat(Numbers.clauseNumber("៣.២ យើងនឹងជូនដំណឹង")).contains("3.2");
    assertThat(Numbers.clauseNumber("3.2 We will notify")).contains("3.2");
    assertThat(Numbers.clauseNumber("១. និយមន័យ")).contains("1");
    assertThat(Numbers.clauseNumber("Article 4 Fees")).contains("4");
    assertThat(Numbers.clauseNumber("ប្រការ ៤ តម្លៃ")).contains("4");
    assertThat(Numbers.clauseNumber("Definitions")).isEmpty();
  }

  @Test
  void strictModeIgnoresBareNumbersInRunningText() {
    assertThat(Numbers.clauseNumber("30 days after notice", true)).isEmpty();
    assertThat(Numbers.clauseNumber("30 days after notice", false)).contains("30");
    assertThat(Numbers.clauseNumber("2.1 You must register", true)).contains("2.1");
  }
}
