package org.policyscore.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.score.ScoresCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.SharedData;

class ScoresImportTest {
  static Catalog catalog;
  @TempDir Path root;
  Workspace ws;
  Study cambodia;

  @BeforeAll
  static void catalogue() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
  }

  @BeforeEach
  void workspace() throws Exception {
    ws = new Workspace(root);
    Files.createDirectories(root.resolve("policies"));
    Files.copy(Path.of("policies/cambodia.yaml"), root.resolve("policies/cambodia.yaml"));
    cambodia = StudyLoader.load(root.resolve("policies/cambodia.yaml"), catalog);
  }

  static ScoresImport.Options cite(String citation) {
    return new ScoresImport.Options(Optional.of(citation), Optional.empty(), Map.of(), Optional.empty(), false);
  }

  Path table(String name, String text) throws Exception {
    Path file = root.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theReportsPublishedTableBecomesTheShippedScoresCsv() throws Exception {
    Path published = SharedData.lookingGlass2022().resolve("cambodia-scores.csv");
    ScoresImport.Result r = ScoresImport.run(ws, cambodia, 2022, published, catalog,
        cite("EngageMedia and OPTF, Through The Looking Glass, June 2022 (CC BY-NC-ND 4.0)"));
    assertThat(r.rows()).isEqualTo(32);
    assertThat(r.companies()).containsExactly("metfone", "smart");
    assertThat(Files.readString(r.scores())).isEqualTo(Files.readString(Path.of("reports/cambodia/2022/scores.csv")));
    SourceNote note = SourceNote.in(r.scores().getParent()).orElseThrow();
    assertThat(note.citation()).hasValue("EngageMedia and OPTF, Through The Looking Glass, June 2022 (CC BY-NC-ND 4.0)");
    assertThat(Files.readString(r.source())).contains("| Smart Axiata | `smart` |").doesNotContain("| mobile |")
        .contains("## Documents assessed");
  }

  @Test
  void aWideTableWithPercentsCommasAndGaps() throws Exception {
    Path t = table("wide.csv", "Operator,Service,F1a | Access to terms of service,P1a,P12\n"
        + "\"Smart Axiata Co., Ltd.\",Fixed-line broadband,83.33%,\"62,5\",\n"
        + "metfone,Mobile,0,N/A,-\n");
    ScoresImport.run(ws, cambodia, 2023, t, catalog, cite("Cite"));
    var rows = ScoresCsv.read(ws.reportDir("cambodia", 2023).resolve("scores.csv"));
    assertThat(rows).extracting(r -> r.company() + " " + r.service() + " " + r.id() + " "
        + ScoresCsv.format(r.score())).containsExactly(
        "metfone mobile F1a 0.00", "metfone mobile P1a NA", "metfone mobile P12 NA",
        "smart broadband F1a 83.33", "smart broadband P1a 62.50");
  }

  @Test
  void badTablesAreRefusedAtTheirLine() throws Exception {
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("a.csv",
        "company,service,indicator,score\nSmart Axiata,Mobile,F1a,50\nCellcard,Mobile,F1a,50\n"), catalog, cite("C")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a.csv:3")
        .hasMessageContaining("no company 'Cellcard'").hasMessageContaining("--name \"Cellcard=ID\"");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("b.csv",
        "company,service,indicator,score\nSmart Axiata,Mobile,F1a,50\nsmart,mobile,F01a,60\n"), catalog, cite("C")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("b.csv:3:4")
        .hasMessageContaining("the first is on line 2");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("c.csv",
        "company,service,indicator,score\nsmart,mobile,F1a,120\n"), catalog, cite("C")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("c.csv:2:4")
        .hasMessageContaining("from 0 to 100");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("d.csv",
        "company,service,indicator,score\nsmart,Satellite,F1a,10\n"), catalog, cite("C")))
        .hasMessageContaining("no service 'Satellite'").hasMessageContaining("[mobile, broadband]");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("e.csv", "company,year,notes\nsmart,2022,x\n"),
        catalog, cite("C"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("neither a long table");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, table("f.csv",
        "company,country,service,indicator,score\nDialog,Sri Lanka,Mobile,F1a,50\n"), catalog, cite("C")))
        .hasMessageContaining("no figures for Cambodia").hasMessageContaining("[Sri Lanka]");
    assertThat(ws.reportDir("cambodia", 2023).resolve("scores.csv")).doesNotExist();
  }

  @Test
  void nothingAPersonWroteIsReplaced() throws Exception {
    Path t = table("t.csv", "company,service,indicator,score\nsmart,mobile,F1a,50\n");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, t, catalog, new ScoresImport.Options(
        Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), false)))
        .isInstanceOf(ScoresImport.RefusedException.class).hasMessageContaining("--cite");
    Path year = Files.createDirectories(ws.reportDir("cambodia", 2023));
    Files.writeString(year.resolve("SOURCE.md"), "# Ours\n\nOur own citation, written by hand.\n");
    ScoresImport.run(ws, cambodia, 2023, t, catalog, new ScoresImport.Options(Optional.empty(), Optional.empty(),
        Map.of(), Optional.empty(), false));
    assertThat(Files.readString(year.resolve("SOURCE.md"))).isEqualTo("# Ours\n\nOur own citation, written by hand.\n");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, t, catalog, cite("C")))
        .isInstanceOf(ScoresImport.RefusedException.class).hasMessageContaining("--replace");
    Files.writeString(year.resolve("answers.csv"), "company,level\n");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, t, catalog, new ScoresImport.Options(
        Optional.of("C"), Optional.empty(), Map.of(), Optional.empty(), true)))
        .isInstanceOf(ScoresImport.RefusedException.class).hasMessageContaining("answers.csv exists");
  }

  @Test
  void namesMappedByHandAndTablesWithoutAServiceColumn() throws Exception {
    Path t = table("g.csv", "company,indicator,score\nViettel (Cambodia),F1a,10\nSmart Axiata,F1a,20\n");
    assertThatThrownBy(() -> ScoresImport.run(ws, cambodia, 2023, t, catalog, new ScoresImport.Options(
        Optional.of("C"), Optional.empty(), Map.of("Viettel (Cambodia)", "metfone"), Optional.empty(), false)))
        .hasMessageContaining("names no service").hasMessageContaining("--service");
    ScoresImport.run(ws, cambodia, 2023, t, catalog, new ScoresImport.Options(Optional.of("C"), Optional.of("mobile"),
        Map.of("Viettel (Cambodia)", "metfone"), Optional.empty(), false));
    assertThat(ScoresCsv.read(ws.reportDir("cambodia", 2023).resolve("scores.csv")))
        .extracting(r -> r.company() + " " + r.service()).containsExactly("metfone mobile", "smart mobile");
  }

  @Test
  void aStudyOfPublishedFiguresNeedsNoHomePage() throws Exception {
    Path file = root.resolve("policies/bhutan.yaml");
    Files.writeString(file, String.join("\n", "name: Bhutan", "country: Bhutan", "year: 2022", "catalog: rdr-2020",
        "mode: per-service", "services:", "  - id: mobile", "companies:", "  - id: druk", "    name: Druk Wireless",
        "    type: telecom", ""));
    Study bhutan = StudyLoader.load(file, catalog);
    assertThat(bhutan.company("druk").orElseThrow().homePage()).isEmpty();
    ScoresImport.run(ws, bhutan, 2022, table("h.csv", "company,F1a,P1a\nDruk Wireless,50,NA\n"), catalog, cite("C"));
    assertThat(ScoresCsv.read(ws.reportDir("bhutan", 2022).resolve("scores.csv"))).hasSize(2);
    assertThat(List.of(bhutan.services().get(0).role().yamlName())).containsExactly("mobile");
  }
}
