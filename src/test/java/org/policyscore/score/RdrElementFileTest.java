package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.CompanyType;

/**
 * Files in the layout of RDR's element file, written here (a made-up operator, not RDR's data):
 * how rows become answers, and what each kind of bad row is told.
 */
class RdrElementFileTest {
  @TempDir Path dir;

  private static final String HEADER = String.join(",", RdrElementCsv.HEADER);
  private static final String GROUP_YES =
      "2020,Telecommunication,Mekong Tel,Mekong Tel,G,G01,1,NA,G01.01,1,Company,Group,Group,Group,yes,\"Said, in full.\",100";

  private Path file(String... rows) throws Exception {
    Path f = dir.resolve("elements.csv");
    Files.writeString(f, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
    return f;
  }

  private Aggregation aggregate(Path f) throws Exception {
    return AnswerFiles.aggregate(f, TestCatalog.rdr2020(), CompanyType.TELECOM, ScoringMode.RDR_INDEX, List.of());
  }

  @Test
  void rowsBecomeAnswersAtTheirLevelsAndServices() throws Exception {
    AnswerSet set = AnswerFiles.read(file(GROUP_YES,
        "2020,Telecommunication,Mekong Tel,Mekong Tel,P,P01a,1,a,P01a.01,1,Services,Mobile Services,mobile,PREPAID mobile,partial,NA,50",
        "2020,Telecommunication,Mekong Tel,Mekong Tel,P,P01a,1,a,P01a.01,1,Services,Mobile Services,mobile,Postpaid mobile,No,NA,0",
        "2020,Telecommunication,Mekong Tel,Mekong Tel,P,P01a,1,a,P01a.01,1,Services,Fixed,broadband,Home fibre,N/A,NA,NA"),
        TestCatalog.rdr2020(), CompanyType.TELECOM);

    assertThat(set.rows()).extracting(r -> r.level() + " " + r.service() + " " + r.element() + " " + r.answer())
        .containsExactly("GROUP  G1.1 yes", "SERVICE prepaid P1a.1 partial", "SERVICE postpaid P1a.1 no",
            "SERVICE broadband P1a.1 N/A");
    assertThat(set.rows().get(0).comment()).isEqualTo("Said, in full.");
    assertThat(set.rows().get(1).comment()).isEmpty(); // RDR's "NA" is no comment
  }

  @Test
  void eachKindOfBadRowIsNamedByLineAndColumn() throws Exception {
    String ok = GROUP_YES;
    assertThatThrownBy(() -> aggregate(file(ok, ok.replace("Telecommunication", "Bank"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("elements.csv:3:2").hasMessageContaining("unknown company type 'Bank'");
    assertThatThrownBy(() -> aggregate(file(ok.replace("G01.01", "G01.99"))))
        .hasMessageContaining("elements.csv:2:9").hasMessageContaining("unknown element 'G01.99'");
    assertThatThrownBy(() -> aggregate(file(ok.replace(",G01,", ",G02,"))))
        .hasMessageContaining("elements.csv:2:6").hasMessageContaining("expected the indicator of G1.1, found 'G02'");
    assertThatThrownBy(() -> aggregate(file(ok.replace(",yes,", ",maybe,"))))
        .hasMessageContaining("elements.csv:2:15").hasMessageContaining("unknown result 'maybe'");
    assertThatThrownBy(() -> aggregate(file(ok, ok.replace("Telecommunication", "Digital Platform"))))
        .hasMessageContaining("elements.csv:3:2").hasMessageContaining("Mekong Tel was Telecommunication on earlier lines");
  }
}
