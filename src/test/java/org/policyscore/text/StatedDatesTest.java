package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The dates policies state about themselves, in English and Khmer, as written in the wild. */
class StatedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Last updated: 1 March 2026.                                  | last updated | 2026-03-01
      *Last Updated:* March 1st, 2026                              | last updated | 2026-03-01
      This notice was last revised on 15/01/2025.                  | last updated | 2025-01-15
      Updated 2024-11-30                                           | last updated | 2024-11-30
      Date of last update: 03.04.2023                              | last updated | 2023-04-03
      Last modified: 12/31/2022                                    | last updated | 2022-12-31
      Last updated: July 2021                                      | last updated | 2021-07
      Effective date: 1 Sept 2025                                  | effective    | 2025-09-01
      These terms come into force on 2 January 2024.               | effective    | 2024-01-02
      Effective as of Jan. 5, 2020                                 | effective    | 2020-01-05
      ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ ថ្ងៃទី១ ខែមីនា ឆ្នាំ២០២៦។               | last updated | 2026-03-01
      កែប្រែចុងក្រោយ ថ្ងៃទី ១៥ ខែ មករា ឆ្នាំ ២០២៥                         | last updated | 2025-01-15
      បច្ចុប្បន្នភាពចុងក្រោយ៖ ១៥/០១/២០២៥                                  | last updated | 2025-01-15
      ធ្វើបច្ចុប្បន្នភាព​ចុងក្រោយ​ ​ថ្ងៃទី​៣០ ​ខែ​វិច្ឆិកា ​ឆ្នាំ​២០២៤                  | last updated | 2024-11-30
      គោលការណ៍នេះចូលជាធរមានចាប់ពីថ្ងៃទី២ ខែកុម្ភៈ ឆ្នាំ២០២៤                 | effective    | 2024-02-02
      មានប្រសិទ្ធភាពចាប់ពីថ្ងៃចន្ទ ទី៧ ខែតុលា ឆ្នាំ២០២៤                        | effective    | 2024-10-07
      ចាប់ផ្ដើមអនុវត្ត ខែធ្នូ ឆ្នាំ២០២៣                                     | effective    | 2023-12
      """)
  void findsTheDateAfterThePhrase(String text, String kind, String date) {
    List<StatedDate> found = StatedDates.find(text.strip());
    assertThat(found).as(text).singleElement().satisfies(d -> {
      assertThat(d.kind().label()).isEqualTo(kind);
      assertThat(d.date()).isEqualTo(date);
      assertThat(text.replace("\u200B", "")).contains(d.asWritten().split(" ")[0]);
    });
  }

  @Test
  void datesInsideClausesAreNotTheDocumentsDate() {
    assertThat(StatedDates.find("""
        We keep call records until 31 December 2027 and delete them within 30 days.
        Prices updated by the regulator apply. The law of 2 March 2015 applies.
        យើងរក្សាទុកកំណត់ត្រារហូតដល់ថ្ងៃទី៣១ ខែធ្នូ ឆ្នាំ២០២៧។ យើងអាចកែប្រែលក្ខខណ្ឌទាំងនេះ។
        """)).isEmpty();
  }

  @Test
  void impossibleDatesAndYearsAreNotTaken() {
    assertThat(StatedDates.find("Last updated: 31 February 2026")).isEmpty();
    assertThat(StatedDates.find("Last updated: 1 March 1066")).isEmpty();
    assertThat(StatedDates.find("Last updated: 45/13/2026")).isEmpty();
  }

  @Test
  void bothKindsAreKeptInTextOrderAndOnlyTheFirstOfEach() {
    List<StatedDate> found = StatedDates.find("""
        # Privacy Notice
        Effective from 1 April 2026.
        ...
        Last updated: 20 March 2026. Previously updated: 1 January 2025.
        """);
    assertThat(found).extracting(StatedDate::kind)
        .containsExactly(StatedDate.Kind.EFFECTIVE, StatedDate.Kind.LAST_UPDATED);
    assertThat(found).extracting(StatedDate::date).containsExactly("2026-04-01", "2026-03-20");
    assertThat(found.get(1).asWritten()).isEqualTo("Last updated: 20 March 2026");
  }

  /**
   * Phrases are looked for only shortly before a year; that must find what looking everywhere
   * finds, on policies long and short, with the phrases and dates anywhere (seeded).
   */
  @Test
  void lookingOnlyBeforeYearsFindsWhatLookingEverywhereFinds() {
    String[] phrases = {"Last updated:", "last revised on", "Effective date:", "comes into force on", "updated",
        "effective", "ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖", "ចូលជាធរមានចាប់ពី", "valid from"};
    String[] dates = {"1 March 2026", "March 1st, 2026", "15/01/2025", "2024-11-30", "July 2021",
        "ថ្ងៃទី១ ខែមីនា ឆ្នាំ២០២៦", "១៥/០១/២០២៥", "31 February 2026", "within 30 days", "2027"};
    String[] filler = {"We keep call records for 12 months.", "Our prices were updated in the shop.",
        "Plan 20250 costs 5 dollars.", "យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទ។", "The notice is effective immediately."};
    java.util.Random random = new java.util.Random(14);
    int withDates = 0;
    for (int n = 0; n < 400; n++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(60);
      for (int k = 0; k < parts; k++) {
        switch (random.nextInt(4)) {
          case 0 -> text.append(phrases[random.nextInt(phrases.length)]).append(' ')
              .append(" ".repeat(random.nextInt(3))).append(dates[random.nextInt(dates.length)]).append(". ");
          case 1 -> text.append(dates[random.nextInt(dates.length)]).append(' ');
          default -> text.append(filler[random.nextInt(filler.length)]).append(random.nextBoolean() ? "\n" : " ");
        }
        if (random.nextInt(10) == 0) {
          text.append("x".repeat(random.nextInt(400))).append(' ');
        }
      }
      List<StatedDate> everywhere = StatedDates.find(text.toString(), true);
      withDates += everywhere.isEmpty() ? 0 : 1;
      assertThat(StatedDates.find(text.toString())).as(text.toString()).isEqualTo(everywhere);
    }
    assertThat(withDates).as("texts with a stated date among the 400").isGreaterThan(100);
  }

  /**
   * A stretch of text is searched for a phrase only if it holds one of the phrase's words: every
   * alternative of the patterns, in any case, and every phrase they match in the project's
   * fixture texts and, when it is beside the project, in the 4,541 real passages of the
   * development corpus, must hold one.
   */
  @Test
  void everyPhraseThePatternsMatchHoldsOneOfTheirWords() throws Exception {
    List<String> texts = new java.util.ArrayList<>(List.of(
        "Date of the last update: 1 May 2026", "date of last revision 1 May 2026", "Latest update 2026",
        "Latest revision 2026", "last updated 2026", "LAST UPDATE 2026", "Last Modified 2026", "last revised 2026",
        "last amended 2026", "last changed 2026", "last reviewed 2026", "Updated on 2026", "modified as of 2026",
        "Revised 2026", "amended on 2026",
        "ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ ២០២៦", "បច្ចុប្បន្នភាព ២០២៦", "កែប្រែចុងក្រោយ ២០២៦", "កែសម្រួល ២០២៦",
        "ធ្វើវិសោធនកម្មចុងក្រោយ ២០២៦",
        "Effective 2026", "effective date 2026", "Effective from 2026", "effective as of 2026", "effective on 2026",
        "effective since 2026", "comes into force on 2026", "Came into effect 2026", "entered into force 2026",
        "enters into effect from 2026", "coming into force as of 2026", "takes effect on 2026", "Take effect 2026",
        "in force from 2026", "in effect since 2026", "in force as of 2026", "valid from 2026", "Valid as of 2026",
        "ចូលជាធរមាន ២០២៦", "មានប្រសិទ្ធភាព ២០២៦", "ចាប់ផ្តើមអនុវត្ត ២០២៦", "ចាប់ផ្ដើមអនុវត្ត ២០២៦", "មានសុពលភាព ២០២៦",
        "អនុវត្តចាប់ពី ២០២៦"));
    int alternatives = texts.size();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
      for (java.nio.file.Path f : files.filter(f -> f.toString().matches(".*\\.(md|txt|html)$")).toList()) {
        texts.add(java.nio.file.Files.readString(f));
      }
    }
    java.nio.file.Path corpus = java.nio.file.Path.of("../shared/devcorpus/tosdr_quotes_approved.csv");
    if (java.nio.file.Files.exists(corpus)) {
      texts.add(java.nio.file.Files.readString(corpus));
    }
    int matched = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      boolean any = false;
      for (var kind : List.of(java.util.Map.entry(StatedDates.UPDATED, StatedDates.UPDATED_WORDS),
          java.util.Map.entry(StatedDates.EFFECTIVE, StatedDates.EFFECTIVE_WORDS))) {
        java.util.regex.Matcher m = kind.getKey().matcher(text);
        while (m.find()) {
          String phrase = StatedDates.asciiLowerCase(m.group());
          assertThat(kind.getValue()).as("a word of \"%s\"", m.group()).anyMatch(phrase::contains);
          any = true;
          matched++;
        }
      }
      if (i < alternatives) {
        assertThat(any).as("the patterns match \"%s\"", text).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(alternatives);
  }
}
