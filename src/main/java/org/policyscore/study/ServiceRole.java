package org.policyscore.study;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a service is, whatever a study calls it: a mobile service (prepaid, postpaid, ...) or a
 * fixed one (broadband, home internet, ...). Charts colour by role, and RDR's catalogue names
 * services by role when it excludes an element from one ({@code mobile}, {@code broadband}).
 */
public enum ServiceRole {
  MOBILE("mobile"),
  FIXED("fixed"),
  OTHER("other");

  /** Words that make a service fixed even next to a mobile word ("fixed wireless"). */
  private static final Pattern FIXED_WORDS = Pattern.compile(
      "\\b(fixed|land-?line|fib(re|er)|ftth|fttx|x?dsl|adsl|vdsl|wired|cable|home|leased|"
          + "dedicated|corporate internet)\\b|ខ្សែកាប|អចល័ត|ផ្ទះ");
  private static final Pattern MOBILE_WORDS = Pattern.compile(
      "\\b(mobile|cellular|cell|prepaid|pre-paid|postpaid|post-paid|gsm|lte|[345]g|sim|wireless)\\b|ចល័ត");
  /** "broadband" or "internet" alone, with no mobile word, is a fixed service. */
  private static final Pattern FIXED_FALLBACK = Pattern.compile("\\b(broadband|internet|isp|wi-?fi)\\b|អ៊ីនធឺណិត");

  private final String yamlName;

  ServiceRole(String yamlName) {
    this.yamlName = yamlName;
  }

  /** As written in a study: {@code mobile}, {@code fixed} or {@code other}. */
  public String yamlName() {
    return yamlName;
  }

  /**
   * The name RDR's catalogue uses for services of this role when it excludes an element from
   * them ({@code mobile}, {@code broadband}); empty for other services.
   */
  public Optional<String> rdrService() {
    return switch (this) {
      case MOBILE -> Optional.of("mobile");
      case FIXED -> Optional.of("broadband");
      case OTHER -> Optional.empty();
    };
  }

  public static Optional<ServiceRole> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ServiceRole r : values()) {
      if (r.yamlName.equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The role a service's id and labels suggest, for studies that declare none: {@code mobile},
   * {@code prepaid}, "Postpaid mobile" are mobile; {@code fixed}, {@code broadband}, "Home
   * internet", "Fibre" are fixed; "mobile broadband" is mobile, "fixed wireless" fixed.
   */
  public static ServiceRole infer(String id, String... labels) {
    StringBuilder words = new StringBuilder(id.replace('_', ' ').replace('-', ' '));
    for (String l : labels) {
      words.append(' ').append(l);
    }
    String text = words.toString().toLowerCase(Locale.ROOT);
    if (FIXED_WORDS.matcher(text).find()) {
      return FIXED;
    }
    if (MOBILE_WORDS.matcher(text).find()) {
      return MOBILE;
    }
    return FIXED_FALLBACK.matcher(text).find() ? FIXED : OTHER;
  }
}
