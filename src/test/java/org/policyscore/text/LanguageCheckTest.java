package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  private static final String EN = """
      # Privacy Notice

      ## 1. Information we collect

      We collect your name and number.

      ## 2. Sharing

      2.1 We do not sell your data.

      2.2 We share data with authorities on lawful request.

      ## 3. Changes to this notice

      We tell you 14 days before.
      """;

  private static final String KM = """
      # សេចក្តីជូនដំណឹងអំពីឯកជនភាព

      ## ១. ព័ត៌មានដែលយើងប្រមូល

      យើងប្រមូលឈ្មោះ និងលេខទូរស័ព្ទរបស់អ្នក។

      ## ២. ការចែករំលែក

      ២.១ យើងមិនលក់ទិន្នន័យរបស់អ្នកទេ។

      ២.៣ យើងចែករំលែកទិន្នន័យជាមួយអាជ្ញាធរ។
      """;

  @Test
  void reportsSectionsOneLanguageLacks() {
    LanguageCheck.Result r = LanguageCheck.compare(EN, KM);

    assertThat(r.onlyEn()).containsOnlyKeys("2.2", "3");
    assertThat(r.onlyKm()).containsOnlyKeys("2.3");
    assertThat(r.findings()).contains(
        "section 3 is in English only: 3. Changes to this notice",
        "section 2.3 is in Khmer only: ២.៣ យើងចែករំលែកទិន្នន័យជាមួយអាជ្ញាធរ។",
        "English has 4 headings, Khmer 3");
    assertThat(r.consistent()).isFalse();
  }

  @Test
  void sameStructureInBothLanguagesIsConsistent() {
    String km = KM.replace("២.៣", "២.២") + "\n## ៣. ការផ្លាស់ប្តូរ\n\nយើងជូនដំណឹងមុន ១៤ ថ្ងៃ។\n";

    LanguageCheck.Result r = LanguageCheck.compare(EN, km);

    assertThat(r.findings()).isEmpty();
    assertThat(r.lengthRatio()).isBetween(0.4, 2.5);
  }

  @Test
  void flagsAVersionFarShorterThanTheOther() {
    LanguageCheck.Result r = LanguageCheck.compare(EN, "# សេចក្តីជូនដំណឹង\n");

    assertThat(r.findings()).anyMatch(f -> f.startsWith("length ratio Khmer/English is 0."));
  }
}
