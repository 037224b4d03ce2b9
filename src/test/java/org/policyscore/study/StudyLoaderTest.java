package org.policyscore.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CompanyType;
import org.policyscore.score.ScoringMode;

class StudyLoaderTest {
  private static final Path CAMBODIA = Path.of("policies", "cambodia.yaml");
  private static final Path CATALOG = Path.of("indicators", "rdr-2020.yaml");

  @TempDir Path dir;

  @Test
  void cambodiaStudyHasBothCompaniesServicesAndTheReportsEightIndicators() throws Exception {
    Catalog catalog = CatalogLoader.load(CATALOG);
    Study study = StudyLoader.load(CAMBODIA, catalog);

    assertThat(study.id()).isEqualTo("cambodia");
    assertThat(study.mode()).isEqualTo(ScoringMode.PER_SERVICE);
    assertThat(study.indicators()).containsExactly("F1a", "F3a", "F9", "F10", "P1a", "P10a", "P11a", "P12");
    assertThat(study.services()).extracting(Service::label).containsExactly("Mobile", "Fixed-line broadband");
    assertThat(study.companies()).extracting(Company::id).containsExactly("metfone", "smart");

    Company smart = study.company("smart").orElseThrow();
    assertThat(smart.type()).isEqualTo(CompanyType.TELECOM);
    for (String doc : new String[] {"terms", "privacy"}) {
      PolicyDocument d = smart.document(doc).orElseThrow();
      assertThat(d.versions()).extracting(DocumentVersion::lang).containsExactly("en", "km");
      assertThat(d.versions()).allSatisfy(v -> {
        assertThat(v.url()).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("www.smart.com.kh"));
        assertThat(v.remove()).isNotEmpty(); // the app-download banner
      });
      assertThat(d.services()).containsExactly("mobile", "broadband");
    }
    assertThat(smart.document("privacy").orElseThrow().version("km").orElseThrow().url().orElseThrow())
        .hasToString("https://www.smart.com.kh/km/privacy-notice/");

    assertThat(study.primaryLanguages()).containsExactly("km");

    Company metfone = study.company("metfone").orElseThrow();
    assertThat(metfone.documents()).flatExtracting(PolicyDocument::versions).allSatisfy(v -> {
      assertThat(v.notFound()).isTrue();
      assertThat(v.note()).isPresent();
    });
  }

  @Test
  void indicatorIdsAreMadeCanonicalAndUnknownOnesRejectedAtTheirLine() throws Exception {
    Catalog catalog = CatalogLoader.load(CATALOG);
    Path ok = write(minimal("indicators: [F01a, P1a]\n", "telecom", "en", "https://example.org/p"));
    assertThat(StudyLoader.load(ok, catalog).indicators()).containsExactly("F1a", "P1a");

    Path bad = write(minimal("indicators:\n  - F1a\n  - F99z\n", "telecom", "en", "https://example.org/p"));
    assertThatThrownBy(() -> StudyLoader.load(bad, catalog))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("study.yaml:9:5:")
        .hasMessageContaining("unknown indicator 'F99z'");
  }

  @Test
  void unknownCompanyTypeIsReportedAtItsLine() {
    Path f = write(minimal("", "bank", "en", "https://example.org/p"));
    assertThatThrownBy(() -> StudyLoader.load(f))
        .hasMessageContaining("study.yaml:12:11:")
        .hasMessageContaining("unknown company type 'bank'");
  }

  @Test
  void badLanguageCodeIsReportedWithAHintForKh() {
    Path f = write(minimal("", "telecom", "kh", "https://example.org/p"));
    assertThatThrownBy(() -> StudyLoader.load(f))
        .hasMessageContaining("study.yaml:19:20:")
        .hasMessageContaining("bad language code 'kh'")
        .hasMessageContaining("Khmer is 'km'");
  }

  @Test
  void badUrlIsReportedAtItsLine() {
    Path f = write(minimal("", "telecom", "en", "www.example.org/privacy"));
    assertThatThrownBy(() -> StudyLoader.load(f))
        .hasMessageContaining("study.yaml:19:29:")
        .hasMessageContaining("bad URL 'www.example.org/privacy'");
  }

  @Test
  void duplicateCompanyAndDocumentIdsAreRejected() {
    String company = "  - id: acme\n    name: Acme\n    type: telecom\n    home: https://acme.example/\n";
    Path f = write("name: T\ncountry: X\nyear: 2024\ncatalog: rdr-2020\nmode: per-service\n"
        + "services:\n  - id: mobile\ncompanies:\n" + company + company);
    assertThatThrownBy(() -> StudyLoader.load(f))
        .hasMessageContaining("study.yaml:13:9:")
        .hasMessageContaining("duplicate company id 'acme' (first at line 9)");

    Path g = write(minimal("", "telecom", "en", "https://example.org/p")
        + "      - id: privacy\n        kind: privacy\n        versions: [{lang: en, url: 'https://example.org/q'}]\n");
    assertThatThrownBy(() -> StudyLoader.load(g)).hasMessageContaining("duplicate document id 'privacy'");
  }

  @Test
  void notFoundNeedsANoteAndNoUrl() {
    Path f = write(minimal("", "telecom", "en", "https://example.org/p").replace(
        "url: 'https://example.org/p'", "not_found: true").replace("{note: x,", "{"));
    assertThatThrownBy(() -> StudyLoader.load(f)).hasMessageContaining("needs a 'note'");
  }

  @Test
  void unknownServiceAndBadSelectorAreRejected() {
    Path f = write(minimal("", "telecom", "en", "https://example.org/p")
        .replace("kind: privacy", "kind: privacy\n        services: [mobile, cable]"));
    assertThatThrownBy(() -> StudyLoader.load(f)).hasMessageContaining("unknown service 'cable'");

    Path g = write(minimal("", "telecom", "en", "https://example.org/p")
        .replace("kind: privacy", "kind: privacy\n        remove: ['div[[']"));
    assertThatThrownBy(() -> StudyLoader.load(g)).hasMessageContaining("CSS selector 'div[[' does not parse");
  }

  @Test
  void servicesDeclareARoleAndColourOrHaveTheirRoleInferred() throws Exception {
    Path f = write(minimal("", "telecom", "en", "https://example.org/p").replace(
        "services: [{id: mobile, label: Mobile}]\n", "services:\n  - {id: cellular, label: Cellular}\n"
            + "  - {id: fixed, label: Fixed-line broadband}\n  - {id: lte-home, label: Home LTE, role: fixed}\n"
            + "  - {id: tv, label: Television, colour: '#cc79a7'}\n"));
    Study study = StudyLoader.load(f);
    assertThat(study.services()).extracting(Service::role).containsExactly(ServiceRole.MOBILE, ServiceRole.FIXED,
        ServiceRole.FIXED, ServiceRole.OTHER);
    assertThat(study.service("tv").orElseThrow().colour()).hasValue("#CC79A7");
    assertThat(study.service("fixed").orElseThrow().rdrService()).isEqualTo("broadband");
    assertThat(study.service("tv").orElseThrow().rdrService()).isEqualTo("tv");

    Path bad = write(minimal("", "telecom", "en", "https://example.org/p").replace("label: Mobile}",
        "label: Mobile, role: satellite}"));
    assertThatThrownBy(() -> StudyLoader.load(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":6:").hasMessageContaining("unknown role 'satellite'; expected mobile, fixed or other");
    Path badColour = write(minimal("", "telecom", "en", "https://example.org/p").replace("label: Mobile}",
        "label: Mobile, colour: green}"));
    assertThatThrownBy(() -> StudyLoader.load(badColour)).hasMessageContaining("bad colour 'green'; expected #RRGGBB");
  }

  @Test
  void rolesReadFromIdsAndLabels() {
    assertThat(ServiceRole.infer("mobile")).isEqualTo(ServiceRole.MOBILE);
    assertThat(ServiceRole.infer("postpaid", "Postpaid mobile")).isEqualTo(ServiceRole.MOBILE);
    assertThat(ServiceRole.infer("mbb", "Mobile broadband")).isEqualTo(ServiceRole.MOBILE);
    assertThat(ServiceRole.infer("s4", "4G data")).isEqualTo(ServiceRole.MOBILE);
    assertThat(ServiceRole.infer("broadband")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("fixed", "Fixed-line broadband")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("fwa", "Fixed wireless access")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("home-internet")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("ftth", "Fibre to the home")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("s1", "ទូរស័ព្ទចល័ត")).isEqualTo(ServiceRole.MOBILE);
    assertThat(ServiceRole.infer("s2", "អ៊ីនធឺណិតខ្សែកាប")).isEqualTo(ServiceRole.FIXED);
    assertThat(ServiceRole.infer("iptv", "Television")).isEqualTo(ServiceRole.OTHER);
    assertThat(ServiceRole.infer("simple", "Simple plan")).isEqualTo(ServiceRole.OTHER);
  }

  @Test
  void primaryLanguagesAreCheckedCodesEachOnce() throws Exception {
    String base = minimal("", "telecom", "en", "https://example.org/p");
    assertThat(StudyLoader.load(write(base.replace("year: 2024\n", "year: 2024\nprimary_languages: [si, ta]\n")))
        .primaryLanguages()).containsExactly("si", "ta");
    assertThat(StudyLoader.load(write(base)).primaryLanguages()).isEmpty();
    assertThatThrownBy(() -> StudyLoader.load(write(base.replace("year: 2024\n", "year: 2024\nprimary_languages: [km, kh]\n"))))
        .hasMessageContaining("study.yaml:4:").hasMessageContaining("bad language code 'kh'").hasMessageContaining("Khmer is 'km'");
    assertThatThrownBy(() -> StudyLoader.load(write(base.replace("year: 2024\n", "year: 2024\nprimary_languages: [ne, ne]\n"))))
        .hasMessageContaining("listed twice");
  }

  /** Lines: 1 name .. 7 indicators (when given); company type on line 12, lang/url on line 19. */
  private static String minimal(String indicators, String type, String lang, String url) {
    String ind = indicators.isEmpty() ? "indicators: []\n" : indicators;
    String text = "name: Test study\ncountry: Nowhere\nyear: 2024\ncatalog: rdr-2020\nmode: per-service\n"
        + "services: [{id: mobile, label: Mobile}]\n"
        + ind
        + "companies:\n"
        + "  - id: acme\n"
        + "    name: Acme Telecom\n"
        + "    home: https://acme.example/\n"
        + "    type: " + type + "\n"
        + "    documents:\n"
        + "      - id: privacy\n"
        + "        kind: privacy\n"
        + "        versions:\n"
        + "          # one version\n"
        + "          - {note: x,\n"
        + "             lang: " + lang + ", url: '" + url + "'}\n";
    return text;
  }

  private Path write(String text) {
    try {
      Path f = dir.resolve("study.yaml");
      Files.writeString(f, text);
      return f;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
