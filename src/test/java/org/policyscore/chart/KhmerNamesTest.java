package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;

/** Khmer charts of the Cambodia study get Khmer names for everything on them. */
class KhmerNamesTest {
  @Test
  void cambodiaStudyAndCatalogueNameEverythingInKhmer() throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    Study study = StudyLoader.load(Path.of("policies/cambodia.yaml"), catalog);

    StudyNames km = StudyNames.of(study).in(ChartLanguage.KM);

    assertThat(km.country()).isEqualTo("កម្ពុជា");
    assertThat(km.companies()).containsEntry("smart", "ស្មាត អាស៊ីអាតា");
    assertThat(km.services()).containsEntry("broadband", "អ៊ីនធឺណិតខ្សែកាប");
    assertThat(study.indicators()).allSatisfy(id ->
        assertThat(catalog.indicator(id).orElseThrow().titleKm()).as(id).isPresent());
    assertThat(StudyNames.of(study).in(ChartLanguage.EN).country()).isEqualTo("Cambodia");
  }
}
