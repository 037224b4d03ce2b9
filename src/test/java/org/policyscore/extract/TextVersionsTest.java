package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.DocumentKey;

class TextVersionsTest {

  private final VersionBuilder builder = new VersionBuilder(new Extractor());
  private final DocumentKey key = new DocumentKey("smartnas", "privacy", "km");

  private static SnapshotInput html(String timestamp, String sha, String page) {
    return new SnapshotInput(timestamp, sha, "text/html; charset=utf-8", "https://www.smartnas.example/km/privacy-notice",
        () -> page.getBytes(StandardCharsets.UTF_8));
  }

  private final String v1 = Fixtures.text("privacy-km.html");
  private final String v1Hinted = Fixtures.text("privacy-km-zwsp.html");
  private final String v1NewChrome = v1.replace("Take control with SmartNas!", "SmartNas app: now with eSIM!");
  private final String v2 = v1.replace("រយៈពេល ១២ ខែ", "រយៈពេល ២៤ ខែ");

  @Test
  void aNewVersionOnlyWhenTheNormalisedTextChanges() {
    List<SnapshotInput> snapshots = List.of(
        html("20260101T080000Z", "s1", v1),
        html("20260201T080000Z", "s2", v1Hinted),
        html("20260301T080000Z", "s3", v1NewChrome),
        html("20260401T080000Z", "s4", v2),
        html("20260501T080000Z", "s5", v1));

    DocumentResult result = builder.build(key, ExtractionRules.NONE, snapshots);

    assertThat(result.failures()).isEmpty();
    assertThat(result.versions()).extracting(TextVersion::timestamp)
        .containsExactly("20260101T080000Z", "20260401T080000Z", "20260501T080000Z");
    assertThat(result.versions().get(0).metadata().snapshots()).containsExactly("s1", "s2", "s3");
    assertThat(result.versions().get(1).text()).contains("រយៈពេល ២៤ ខែ");
    assertThat(result.versions().get(0).metadata().paragraphScripts()).isEqualTo(Map.of("km", 15, "mixed", 1));
  }

  @Test
  void anOldSnapshotThatFailedDoesNotFailTheDocument() {
    DocumentResult result = builder.build(key, ExtractionRules.NONE, List.of(
        html("20260101T080000Z", "s1", "<html><body>loading…</body></html>"), html("20260201T080000Z", "s2", v1)));

    assertThat(result.failures()).extracting(SnapshotFailure::sha256).containsExactly("s1");
    assertThat(result.failed()).isFalse();
  }

  @Test
  void snapshotOrderDoesNotMatter() {
    List<SnapshotInput> snapshots = new ArrayList<>(List.of(
        html("20260101T080000Z", "s1", v1), html("20260401T080000Z", "s4", v2), html("20260201T080000Z", "s2", v1Hinted)));
    DocumentResult forward = builder.build(key, ExtractionRules.NONE, snapshots);
    java.util.Collections.reverse(snapshots);

    assertThat(builder.build(key, ExtractionRules.NONE, snapshots)).isEqualTo(forward);
  }

  @Test
  void storeWritesTextAndMetadataAndRebuildsByteIdentically(@TempDir Path root) throws IOException {
    TextVersionStore store = new TextVersionStore(root.resolve("text"));
    DocumentResult result = builder.build(key, ExtractionRules.NONE,
        List.of(html("20260101T080000Z", "s1", v1), html("20260401T080000Z", "s4", v2)));

    TextVersionStore.Changes first = store.replaceAll(key, result.versions());
    Map<String, byte[]> written = files(root);
    TextVersionStore.Changes second = store.replaceAll(key, builder.build(key, ExtractionRules.NONE,
        List.of(html("20260401T080000Z", "s4", v2), html("20260101T080000Z", "s1", v1))).versions());

    assertThat(first).isEqualTo(new TextVersionStore.Changes(4, 0, 0));
    assertThat(second).isEqualTo(new TextVersionStore.Changes(0, 4, 0));
    Map<String, byte[]> rewritten = files(root);
    assertThat(rewritten).containsOnlyKeys(written.keySet());
    written.forEach((name, bytes) -> assertThat(rewritten.get(name)).as(name).isEqualTo(bytes));
    assertThat(written.keySet()).containsExactly(
        "text/smartnas/privacy/km/20260101T080000Z.json", "text/smartnas/privacy/km/20260101T080000Z.md",
        "text/smartnas/privacy/km/20260401T080000Z.json", "text/smartnas/privacy/km/20260401T080000Z.md");
    assertThat(new String(written.get("text/smartnas/privacy/km/20260101T080000Z.md"), StandardCharsets.UTF_8))
        .isEqualTo(Fixtures.text("privacy-km.md"));
    String json = new String(written.get("text/smartnas/privacy/km/20260101T080000Z.json"), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"company\": \"smartnas\",\n  \"document\": \"privacy\",\n  \"lang\": \"km\",\n"
        + "  \"version\": \"20260101T080000Z\",\n  \"format\": \"html\",\n  \"extractor_version\": \"3\",\n")
        .contains("\"snapshots\": [\"s1\"],", "\"flags\": []");
  }

  @Test
  void storedVersionsReadBackAsBuilt(@TempDir Path root) throws IOException {
    TextVersionStore store = new TextVersionStore(root);
    SnapshotInput legacy = new SnapshotInput("20260301T080000Z", "s3", "application/pdf", "",
        () -> MiniPdf.of(List.of("យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។".repeat(8)), false));
    List<TextVersion> built = builder.build(key, ExtractionRules.NONE,
        List.of(html("20260101T080000Z", "s1", v1), html("20260201T080000Z", "s2", v1Hinted), legacy)).versions();
    store.replaceAll(key, built);

    assertThat(store.versions(key)).isEqualTo(built);
  }

  @Test
  void rebuildRemovesVersionsTheArchiveNoLongerGives(@TempDir Path root) throws IOException {
    TextVersionStore store = new TextVersionStore(root);
    store.replaceAll(key, builder.build(key, ExtractionRules.NONE,
        List.of(html("20260101T080000Z", "s1", v1), html("20260401T080000Z", "s4", v2))).versions());
    Files.writeString(store.folder(key).resolve("notes.txt"), "a researcher's note");

    TextVersionStore.Changes changes = store.replaceAll(key, builder.build(key, ExtractionRules.NONE,
        List.of(html("20260101T080000Z", "s1", v1))).versions());

    assertThat(changes.removed()).isEqualTo(2);
    assertThat(store.timestamps(key)).containsExactly("20260101T080000Z");
    assertThat(store.folder(key).resolve("notes.txt")).exists();
  }

  @Test
  void addIfChangedSkipsAnUnchangedText(@TempDir Path root) throws IOException {
    TextVersionStore store = new TextVersionStore(root);
    List<TextVersion> one = builder.build(key, ExtractionRules.NONE, List.of(html("20260101T080000Z", "s1", v1))).versions();
    List<TextVersion> same = builder.build(key, ExtractionRules.NONE, List.of(html("20260201T080000Z", "s2", v1NewChrome))).versions();
    List<TextVersion> changed = builder.build(key, ExtractionRules.NONE, List.of(html("20260401T080000Z", "s4", v2))).versions();

    assertThat(store.addIfChanged(one.get(0))).isTrue();
    assertThat(store.addIfChanged(same.get(0))).isFalse();
    assertThat(store.addIfChanged(changed.get(0))).isTrue();
    assertThat(store.timestamps(key)).containsExactly("20260101T080000Z", "20260401T080000Z");
  }

  @Test
  void damageFlagsGoIntoTheMetadata() {
    SnapshotInput legacy = new SnapshotInput("20260101T080000Z", "s1", "application/pdf", "",
        () -> MiniPdf.of(List.of("យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។".repeat(8)), false));

    DocumentResult result = builder.build(key, ExtractionRules.NONE, List.of(legacy));

    assertThat(result.newestFlags()).extracting(f -> f.code()).containsExactly("few-khmer-letters");
    assertThat(result.versions().get(0).metadata().toJson(key, "20260101T080000Z"))
        .contains("\"flags\": [\n    {\"code\": \"few-khmer-letters\", \"count\": 1, \"where\": \"0 of ");
  }

  @Test
  void theDateAPolicyStatesAboutItselfIsRecordedWithTheVersionAndReadBack(@TempDir Path root) throws IOException {
    String page = "<html lang=km><body><main><h1>សេចក្ដីជូនដំណឹងអំពីឯកជនភាព</h1>"
        + "<p>ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ ថ្ងៃទី១៥ ខែមករា ឆ្នាំ២០២៥។</p>" + "<p>យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។</p>".repeat(12)
        + "</main></body></html>";
    TextVersionStore store = new TextVersionStore(root);
    store.replaceAll(key, builder.build(key, ExtractionRules.NONE, List.of(html("20260101T080000Z", "s1", page))).versions());

    TextVersion read = store.versions(key).get(0);
    assertThat(read.metadata().statedDates()).singleElement().satisfies(d -> {
      assertThat(d.kind().label()).isEqualTo("last updated");
      assertThat(d.date()).isEqualTo("2025-01-15");
      assertThat(d.asWritten()).isEqualTo("ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ ថ្ងៃទី១៥ ខែមករា ឆ្នាំ២០២៥");
    });
    assertThat(Files.readString(store.metadataFile(key, "20260101T080000Z")))
        .contains("\"stated_dates\": [\n    {\"kind\": \"last updated\", \"date\": \"2025-01-15\"");
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("notes.txt")).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
