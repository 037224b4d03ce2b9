package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.io.AtomicFile;
import org.policyscore.published.ScoresImport;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;

/**
 * Published-style figures of operators invented for this test, in three countries other than
 * Cambodia, each with its own services: Nepal (three mobile-only operators, the table also
 * holding a neighbour's rows), Sri Lanka (prepaid and postpaid mobile plus fixed fibre under ids
 * of its own, roles inferred, a wide table), the Maldives (one operator with a fixed service its
 * neighbour lacks, the role declared). Each table is imported as a CSO would, charted in both
 * styles, and every bar is read back from the chart and from the SVG written: its value, its
 * colour by role, and nothing drawn for a service a company does not have.
 */
class OtherCountriesChartsTest {
  /** The report's colours: mobile green, fixed white (report style); green and blue on paper. */
  static final Map<ChartStyle, Color> MOBILE = Map.of(ChartStyle.REPORT, new Color(0x3C, 0xC0, 0x6A),
      ChartStyle.LIGHT, new Color(0x00, 0x9E, 0x73));
  static final Map<ChartStyle, Color> FIXED = Map.of(ChartStyle.REPORT, Color.WHITE,
      ChartStyle.LIGHT, new Color(0x00, 0x72, 0xB2));

  /** A published figure: company id, service id, indicator, score (NaN for NA). */
  record Figure(String company, String service, String indicator, double score) {}

  /** One invented country's study. */
  record Country(String id, String yaml, String tableName, String table, List<Figure> figures,
      Map<String, Set<String>> services, Map<String, String> roles) {}

  @TempDir static Path root;
  static Catalog catalog;
  static Workspace ws;

  @BeforeAll
  static void load() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ws = new Workspace(root);
    Files.createDirectories(root.resolve("policies"));
  }

  static final Country NEPAL = new Country("nepal", """
      name: "Nepal: three mobile operators"
      country: Nepal
      year: 2022
      catalog: rdr-2020
      mode: per-service
      indicators: [F1a, F3a, F9, P1a, P12]
      services:
        - id: mobile
          label: Mobile
      companies:
        - id: himal
          name: Himal Mobile
          type: telecom
        - id: sagarmatha
          name: Sagarmatha Telecom
          legal_name: Sagarmatha Telecom Pvt. Ltd.
          type: telecom
        - id: terai
          name: Terai Cell
          type: telecom
      """, "report-annex.csv", """
      company,country,service,indicator,title,score
      Himal Mobile,Nepal,Mobile,F1a,Access to terms of service,66.67
      Himal Mobile,Nepal,Mobile,F3a,Process for terms of service enforcement,7.14
      Himal Mobile,Nepal,Mobile,F9,Network management,0
      Himal Mobile,Nepal,Mobile,P1a,Access to privacy policies,50
      Himal Mobile,Nepal,Mobile,P12,User notification about third-party requests for user information,0
      Sagarmatha Telecom Pvt. Ltd.,Nepal,mobile,F1a,Access to terms of service,83.33
      Sagarmatha Telecom Pvt. Ltd.,Nepal,mobile,F3a,Process for terms of service enforcement,35.71
      Sagarmatha Telecom Pvt. Ltd.,Nepal,mobile,F9,Network management,NA
      Sagarmatha Telecom Pvt. Ltd.,Nepal,mobile,P1a,Access to privacy policies,100
      Sagarmatha Telecom Pvt. Ltd.,Nepal,mobile,P12,User notification about third-party requests for user information,12.5
      Terai Cell,Nepal,Mobile,F1a,Access to terms of service,0
      Terai Cell,Nepal,Mobile,F3a,Process for terms of service enforcement,0
      Terai Cell,Nepal,Mobile,F9,Network management,16.67
      Terai Cell,Nepal,Mobile,P1a,Access to privacy policies,33.33
      Terai Cell,Nepal,Mobile,P12,User notification about third-party requests for user information,0
      Druk Wireless,Bhutan,Mobile,F1a,Access to terms of service,50
      Druk Wireless,Bhutan,Fixed-line broadband,F1a,Access to terms of service,50
      """, List.of(
          new Figure("himal", "mobile", "F1a", 66.67), new Figure("himal", "mobile", "F3a", 7.14),
          new Figure("himal", "mobile", "F9", 0), new Figure("himal", "mobile", "P1a", 50),
          new Figure("himal", "mobile", "P12", 0),
          new Figure("sagarmatha", "mobile", "F1a", 83.33), new Figure("sagarmatha", "mobile", "F3a", 35.71),
          new Figure("sagarmatha", "mobile", "F9", Double.NaN), new Figure("sagarmatha", "mobile", "P1a", 100),
          new Figure("sagarmatha", "mobile", "P12", 12.5),
          new Figure("terai", "mobile", "F1a", 0), new Figure("terai", "mobile", "F3a", 0),
          new Figure("terai", "mobile", "F9", 16.67), new Figure("terai", "mobile", "P1a", 33.33),
          new Figure("terai", "mobile", "P12", 0)),
      Map.of("himal", Set.of("mobile"), "sagarmatha", Set.of("mobile"), "terai", Set.of("mobile")),
      Map.of("mobile", "mobile"));

  static final Country SRI_LANKA = new Country("srilanka", """
      name: "Sri Lanka: prepaid, postpaid and home fibre"
      country: Sri Lanka
      year: 2022
      catalog: rdr-2020
      mode: per-service
      indicators: [F1a, F10, P1a, P10a]
      services:
        - id: prepaid
          label: Prepaid mobile
        - id: postpaid
          label: Postpaid mobile
        - id: home-fibre
          label: Home fibre
      companies:
        - id: lankawave
          name: Lanka Wave
          type: telecom
        - id: ceylonlink
          name: Ceylon Link
          type: telecom
      """, "wide.csv", """
      Operator,Service,F1a | Access to terms of service,F10 | Network shutdown,P1a,P10a
      Lanka Wave,Prepaid mobile,75,0,"62,5",0
      Lanka Wave,Postpaid mobile,83.33,20,62.5,N/A
      Lanka Wave,Home fibre,83.33,0,62.5,25%
      Ceylon Link,Prepaid mobile,41.67,0,37.5,0
      Ceylon Link,Home fibre,50,-,37.5,0
      """, List.of(
          new Figure("lankawave", "prepaid", "F1a", 75), new Figure("lankawave", "prepaid", "F10", 0),
          new Figure("lankawave", "prepaid", "P1a", 62.5), new Figure("lankawave", "prepaid", "P10a", 0),
          new Figure("lankawave", "postpaid", "F1a", 83.33), new Figure("lankawave", "postpaid", "F10", 20),
          new Figure("lankawave", "postpaid", "P1a", 62.5), new Figure("lankawave", "postpaid", "P10a", Double.NaN),
          new Figure("lankawave", "home-fibre", "F1a", 83.33), new Figure("lankawave", "home-fibre", "F10", 0),
          new Figure("lankawave", "home-fibre", "P1a", 62.5), new Figure("lankawave", "home-fibre", "P10a", 25),
          new Figure("ceylonlink", "prepaid", "F1a", 41.67), new Figure("ceylonlink", "prepaid", "F10", 0),
          new Figure("ceylonlink", "prepaid", "P1a", 37.5), new Figure("ceylonlink", "prepaid", "P10a", 0),
          new Figure("ceylonlink", "home-fibre", "F1a", 50), new Figure("ceylonlink", "home-fibre", "F10", Double.NaN),
          new Figure("ceylonlink", "home-fibre", "P1a", 37.5), new Figure("ceylonlink", "home-fibre", "P10a", 0)),
      Map.of("lankawave", Set.of("prepaid", "postpaid", "home-fibre"), "ceylonlink", Set.of("prepaid", "home-fibre")),
      Map.of("prepaid", "mobile", "postpaid", "mobile2", "home-fibre", "fixed"));

  static final Country MALDIVES = new Country("maldives", """
      name: "Maldives: two operators"
      country: Maldives
      year: 2022
      catalog: rdr-2020
      mode: per-service
      indicators: [F1a, F3a, F9, F10, P1a, P10a, P11a, P12]
      services:
        - id: mobile
          label: Mobile
        - id: fixed
          label: Fixed-line broadband
          role: fixed
      companies:
        - id: atoll
          name: Atoll Telecom
          type: telecom
        - id: reef
          name: Reef Mobile
          type: telecom
      """, "maldives.csv", """
      company,service,indicator,score
      Atoll Telecom,Mobile,F1a,50
      Atoll Telecom,Mobile,F3a,14.29
      Atoll Telecom,Mobile,F9,16.67
      Atoll Telecom,Mobile,F10,0
      Atoll Telecom,Mobile,P1a,66.67
      Atoll Telecom,Mobile,P10a,0
      Atoll Telecom,Mobile,P11a,0
      Atoll Telecom,Mobile,P12,0
      Atoll Telecom,Fixed-line broadband,F1a,50
      Atoll Telecom,Fixed-line broadband,F3a,14.29
      Atoll Telecom,Fixed-line broadband,F9,0
      Atoll Telecom,Fixed-line broadband,F10,0
      Atoll Telecom,Fixed-line broadband,P1a,66.67
      Atoll Telecom,Fixed-line broadband,P10a,0
      Atoll Telecom,Fixed-line broadband,P11a,0
      Atoll Telecom,Fixed-line broadband,P12,0
      Reef Mobile,Mobile,F1a,91.67
      Reef Mobile,Mobile,F3a,50
      Reef Mobile,Mobile,F9,33.33
      Reef Mobile,Mobile,F10,25
      Reef Mobile,Mobile,P1a,100
      Reef Mobile,Mobile,P10a,10
      Reef Mobile,Mobile,P11a,0
      Reef Mobile,Mobile,P12,8.33
      """, List.of(
          new Figure("atoll", "mobile", "F1a", 50), new Figure("atoll", "mobile", "F3a", 14.29),
          new Figure("atoll", "mobile", "F9", 16.67), new Figure("atoll", "mobile", "F10", 0),
          new Figure("atoll", "mobile", "P1a", 66.67), new Figure("atoll", "mobile", "P10a", 0),
          new Figure("atoll", "mobile", "P11a", 0), new Figure("atoll", "mobile", "P12", 0),
          new Figure("atoll", "fixed", "F1a", 50), new Figure("atoll", "fixed", "F3a", 14.29),
          new Figure("atoll", "fixed", "F9", 0), new Figure("atoll", "fixed", "F10", 0),
          new Figure("atoll", "fixed", "P1a", 66.67), new Figure("atoll", "fixed", "P10a", 0),
          new Figure("atoll", "fixed", "P11a", 0), new Figure("atoll", "fixed", "P12", 0),
          new Figure("reef", "mobile", "F1a", 91.67), new Figure("reef", "mobile", "F3a", 50),
          new Figure("reef", "mobile", "F9", 33.33), new Figure("reef", "mobile", "F10", 25),
          new Figure("reef", "mobile", "P1a", 100), new Figure("reef", "mobile", "P10a", 10),
          new Figure("reef", "mobile", "P11a", 0), new Figure("reef", "mobile", "P12", 8.33)),
      Map.of("atoll", Set.of("mobile", "fixed"), "reef", Set.of("mobile")),
      Map.of("mobile", "mobile", "fixed", "fixed"));

  static final List<Country> COUNTRIES = List.of(NEPAL, SRI_LANKA, MALDIVES);

  /** Imports the country's table as a CSO would and returns its study. */
  static Study imported(Country c) throws Exception {
    Path studyFile = root.resolve("policies").resolve(c.id() + ".yaml");
    if (!Files.exists(studyFile)) {
      Files.writeString(studyFile, c.yaml(), StandardCharsets.UTF_8);
      Path table = root.resolve(c.tableName());
      Files.writeString(table, c.table(), StandardCharsets.UTF_8);
      ScoresImport.run(ws, StudyLoader.load(studyFile, catalog), 2022, table, catalog, new ScoresImport.Options(
          Optional.of("An invented report for this test (2022)"), Optional.empty(), Map.of(), Optional.empty(),
          false));
    }
    return StudyLoader.load(studyFile, catalog);
  }

  static List<ScoreChart> charts(Country c, ChartStyle style) throws Exception {
    Study study = imported(c);
    return StudyCharts.job(ws, c.id(), 2022, catalog, StudyNames.of(study), ChartStudy.of(study), style,
        ChartLanguage.EN, Set.of(ChartFormat.PNG, ChartFormat.SVG), true).charts();
  }

  static Color expected(Country c, String service, ChartStyle style) {
    return switch (c.roles().get(service)) {
      case "mobile" -> MOBILE.get(style);
      case "fixed" -> FIXED.get(style);
      default -> null;
    };
  }

  @Test
  void everyBarOfEveryCompanyChartIsThePublishedFigureInItsServicesColour() throws Exception {
    int bars = 0;
    for (ChartStyle style : ChartStyle.values()) {
      for (Country c : COUNTRIES) {
        Study study = imported(c);
        List<ScoreChart> charts = charts(c, style);
        for (String company : c.services().keySet()) {
          ScoreChart chart = charts.stream().filter(x -> x.name().equals("company-" + company)).findFirst().orElseThrow();
          String name = study.company(company).orElseThrow().name();
          assertThat(chart.title()).isEqualTo(name + " | " + study.country());
          // exactly the company's own services, in the study's order: no phantom series
          List<String> own = study.services().stream().filter(s -> c.services().get(company).contains(s.id()))
              .map(s -> s.label()).toList();
          assertThat(chart.series()).extracting(ChartSeries::label).as(chart.name()).containsExactlyElementsOf(own);
          Map<String, Color> colours = new HashMap<>();
          for (ChartSeries s : chart.series()) {
            String service = study.services().stream().filter(x -> x.label().equals(s.label())).findFirst()
                .orElseThrow().id();
            Color want = expected(c, service, style);
            if (want != null) {
              assertThat(s.colour()).as("%s %s %s", style, chart.name(), s.label()).isEqualTo(want);
            }
            colours.put(service, s.colour());
            for (Figure f : c.figures()) {
              if (f.company().equals(company) && f.service().equals(service)) {
                String label = chart.series().get(0).categories().stream().filter(x -> x.startsWith(f.indicator() + " |"))
                    .findFirst().orElseThrow();
                double drawn = s.value(label);
                if (Double.isNaN(f.score())) {
                  assertThat(drawn).as("%s %s", chart.name(), f).isNaN();
                } else {
                  assertThat(drawn).as("%s %s", chart.name(), f).isCloseTo(f.score(), within(1e-9));
                  bars++;
                }
                assertThat(s.note(label)).as("published figures are not drafts").isEmpty();
              }
            }
          }
          // two services of one role are told apart (Sri Lanka's prepaid and postpaid)
          assertThat(Set.copyOf(colours.values())).hasSameSizeAs(colours.keySet());
          checkSvg(c, study, company, chart, colours);
        }
      }
    }
    assertThat(bars).isEqualTo(2 * (14 + 18 + 24));
  }

  /** Reads the bars back from the SVG itself: each bar's title, value and fill; N/A labels; legend. */
  static void checkSvg(Country c, Study study, String company, ScoreChart chart, Map<String, Color> colours) {
    String svg = new String(ChartEncoder.svg(chart), StandardCharsets.UTF_8);
    Pattern bar = Pattern.compile("<rect [^>]*fill=\"(#[0-9A-F]{6})\"[^>]*><title>([^<]*) · ([A-Z]\\d+[a-z]?) \\|[^<]*: "
        + "([0-9.]+)</title></rect>");
    Matcher m = bar.matcher(svg);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String service = study.services().stream().filter(x -> x.label().equals(m.group(2))).findFirst().orElseThrow().id();
      Figure f = c.figures().stream().filter(x -> x.company().equals(company) && x.service().equals(service)
          && x.indicator().equals(m.group(3))).findFirst().orElseThrow();
      assertThat(Double.parseDouble(m.group(4))).as(m.group()).isCloseTo(f.score(), within(1e-9));
      assertThat(Color.decode(m.group(1))).as(m.group()).isEqualTo(colours.get(service));
      seen.add(service + " " + f.indicator());
    }
    long published = c.figures().stream().filter(f -> f.company().equals(company) && !Double.isNaN(f.score())).count();
    long notApplicable = c.figures().stream().filter(f -> f.company().equals(company) && Double.isNaN(f.score())).count();
    assertThat(seen).as(chart.name()).hasSize((int) published).doesNotHaveDuplicates();
    assertThat(count(svg, ">N/A</text>")).as(chart.name() + ": an N/A label only where the source says NA")
        .isEqualTo(notApplicable);
    for (var s : study.services()) {
      boolean has = c.services().get(company).contains(s.id());
      assertThat(svg.contains(">" + s.label() + "</text>")).as(chart.name() + " legend " + s.label()).isEqualTo(has);
    }
  }

  static long count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void comparisonsShowOnlyTheCompaniesThatHaveTheService() throws Exception {
    List<ScoreChart> maldives = charts(MALDIVES, ChartStyle.REPORT);
    assertThat(maldives).extracting(ScoreChart::name)
        .containsExactly("company-atoll", "company-reef", "compare-indicators-mobile");
    ScoreChart mobile = maldives.get(2);
    assertThat(mobile.series()).extracting(ChartSeries::label).containsExactly("Atoll Telecom", "Reef Mobile");
    assertThat(mobile.series().get(1).value("P12 | User notification about third-party requests for user information"))
        .isEqualTo(8.33);

    List<ScoreChart> sriLanka = charts(SRI_LANKA, ChartStyle.LIGHT);
    assertThat(sriLanka).extracting(ScoreChart::name).containsExactly("company-lankawave", "company-ceylonlink",
        "compare-indicators-prepaid", "compare-indicators-home-fibre");
    ScoreChart fibre = sriLanka.get(3);
    assertThat(fibre.title()).isEqualTo("Home fibre | Sri Lanka");
    assertThat(fibre.series()).extracting(ChartSeries::label).containsExactly("Lanka Wave", "Ceylon Link");
    assertThat(fibre.series().get(1).value("F10 | Network shutdown")).isNaN();

    List<ScoreChart> nepal = charts(NEPAL, ChartStyle.LIGHT);
    assertThat(nepal).extracting(ScoreChart::name)
        .containsExactly("company-himal", "company-sagarmatha", "company-terai", "compare-indicators-mobile");
    assertThat(nepal.get(3).series()).hasSize(3);
  }

  @Test
  void withoutAStudyRolesAreReadFromIdsAndTheLabelsGiven() throws Exception {
    List<org.policyscore.score.ScoreRow> rows = List.of(
        new org.policyscore.score.ScoreRow("ooredoo", "svc1", org.policyscore.score.ScoreKind.INDICATOR, "F1a",
            java.util.OptionalDouble.of(50)),
        new org.policyscore.score.ScoreRow("ooredoo", "svc2", org.policyscore.score.ScoreKind.INDICATOR, "F1a",
            java.util.OptionalDouble.of(25)));
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Maldives", Map.of(),
        Map.of("svc1", "Mobile", "svc2", "Fixed-line broadband"));
    ScoreChart chart = ScoreCharts.build(rows, TrendCharts.order(catalog.indicators()), labels, ChartStyle.REPORT,
        ChartFonts.forLanguage(ChartLanguage.EN)).get(0);
    assertThat(chart.series()).extracting(ChartSeries::colour).containsExactly(MOBILE.get(ChartStyle.REPORT),
        FIXED.get(ChartStyle.REPORT));
  }

  @Test
  void writesThemForAPersonToLookAt() throws Exception {
    for (ChartStyle style : ChartStyle.values()) {
      for (Country c : COUNTRIES) {
        for (ScoreChart chart : charts(c, style)) {
          String file = c.id() + "-" + style.cliName() + "-" + chart.name();
          AtomicFile.write(Path.of("target", "chart-look", "countries", file + ".png"), ChartEncoder.png(chart));
          AtomicFile.write(Path.of("target", "chart-look", "countries", file + ".svg"), ChartEncoder.svg(chart));
        }
      }
    }
  }
}
