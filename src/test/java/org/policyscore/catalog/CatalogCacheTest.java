package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCacheTest {
  @TempDir Path dir;
  private String before;

  @BeforeEach
  void cacheInTheTestFolder() {
    before = System.getProperty("policyscore.cache");
    System.setProperty("policyscore.cache", dir.resolve("cache").toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("policyscore.cache");
    } else {
      System.setProperty("policyscore.cache", before);
    }
  }

  private static Catalog roundTrip(Catalog c) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CatalogCodec.write(c, out);
    }
    return CatalogCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static void assertSame(Catalog actual, Catalog expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.attribution()).isEqualTo(expected.attribution());
    assertThat(actual.concepts()).isEqualTo(expected.concepts());
    // records: every field of every indicator, element and cue list
    assertThat(actual.indicators()).isEqualTo(expected.indicators());
  }

  /** Every catalogue of the project and its tests comes back field for field. */
  @Test
  void everyCatalogueComesBackAsRead() throws Exception {
    List<Path> yamls;
    try (Stream<Path> s = Stream.concat(Files.walk(Path.of("indicators")), Files.walk(Path.of("src/test/resources")))) {
      yamls = s.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    int catalogues = 0;
    for (Path yaml : yamls) {
      Catalog read;
      try {
        read = CatalogLoader.load(yaml);
      } catch (org.policyscore.InvalidInputException e) {
        continue; // a study, or a deliberately broken catalogue
      }
      assertSame(roundTrip(read), read);
      catalogues++;
    }
    assertThat(catalogues).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aSecondLoadComesFromTheCacheAndAnEditIsReadAfresh() throws Exception {
    Path yaml = dir.resolve("mini.yaml");
    Files.copy(Path.of("src/test/resources/catalog/minimal.yaml"), yaml);

    Catalog first = CatalogCache.load(yaml);
    List<Path> cached = cacheFiles();
    Catalog second = CatalogCache.load(yaml);

    assertThat(cached).hasSize(1);
    assertSame(second, first);
    Files.writeString(yaml, Files.readString(yaml).replace(first.title(), "Edited title"), StandardCharsets.UTF_8);
    assertThat(CatalogCache.load(yaml).title()).isEqualTo("Edited title");
    assertThat(cacheFiles()).hasSize(2);
  }

  @Test
  void aBrokenCacheFileIsReadPastAndRewritten() throws Exception {
    Path yaml = dir.resolve("mini.yaml");
    Files.copy(Path.of("src/test/resources/catalog/minimal.yaml"), yaml);
    Catalog expected = CatalogCache.load(yaml);
    Path cached = cacheFiles().get(0);
    Files.write(cached, new byte[] {1, 2, 3});

    assertSame(CatalogCache.load(yaml), expected);
    assertSame(CatalogCache.load(yaml), expected);
    assertThat(Files.size(cached)).isGreaterThan(3);
  }

  @Test
  void aCacheFileOfAnotherCatalogueUnderTheSameNameIsNotTakenForIt() throws Exception {
    // The file name is a checksum: should two catalogues ever share one, the bytes decide.
    Path yaml = dir.resolve("mini.yaml");
    Files.copy(Path.of("src/test/resources/catalog/minimal.yaml"), yaml);
    Catalog original = CatalogCache.load(yaml);
    Path cached = cacheFiles().get(0);
    String edited = Files.readString(yaml).replace(original.title(), "Edited title");
    Files.writeString(yaml, edited, StandardCharsets.UTF_8);
    Files.move(cached, dir.resolve("cache").resolve(CatalogCache.name(edited.getBytes(StandardCharsets.UTF_8))),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(CatalogCache.load(yaml).title()).isEqualTo("Edited title");
    assertThat(CatalogCache.load(yaml).title()).isEqualTo("Edited title");
  }

  @Test
  void anInvalidCatalogueIsNeverCachedAndStillNamedAsInvalid() throws Exception {
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "catalog: x\nindicators: []\n", StandardCharsets.UTF_8);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CatalogCache.load(yaml))
        .isInstanceOf(org.policyscore.InvalidInputException.class).hasMessageContaining("bad.yaml");
    assertThat(Files.exists(dir.resolve("cache")) ? cacheFiles() : List.of()).isEmpty();
  }

  @Test
  void offTurnsItOff() throws Exception {
    System.setProperty("policyscore.cache", "off");
    Path yaml = dir.resolve("mini.yaml");
    Files.copy(Path.of("src/test/resources/catalog/minimal.yaml"), yaml);

    CatalogCache.load(yaml);

    assertThat(Files.exists(dir.resolve("cache"))).isFalse();
  }

  private List<Path> cacheFiles() throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
      return s.toList();
    }
  }

  @Test
  void onlyTheNewestCataloguesAreKept() throws Exception {
    Path yaml = dir.resolve("mini.yaml");
    String text = Files.readString(Path.of("src/test/resources/catalog/minimal.yaml"));
    for (int edit = 0; edit < CatalogCache.KEPT + 3; edit++) {
      Files.writeString(yaml, text + "\n# edit " + edit + "\n", StandardCharsets.UTF_8);
      CatalogCache.load(yaml);
    }

    assertThat(cacheFiles()).hasSize(CatalogCache.KEPT);
  }
}
