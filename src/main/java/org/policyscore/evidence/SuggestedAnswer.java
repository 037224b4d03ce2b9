package org.policyscore.evidence;

/** The answers the tool suggests, spelled as answers.csv spells them. */
public enum SuggestedAnswer {
  YES("yes"),
  PARTIAL("partial"),
  NO("no"),
  NO_DISCLOSURE_FOUND("no disclosure found");

  private final String text;

  SuggestedAnswer(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
