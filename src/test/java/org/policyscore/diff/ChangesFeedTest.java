package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChangesFeedTest {

  private static List<DocumentChange> fixtureChanges() {
    List<DocumentChange> out = new ArrayList<>();
    for (String lang : DiffFixtures.LANGUAGES) {
      for (String fixture : List.of("added-government-demands", "removed-clause")) {
        DiffResult diff = DiffFixtures.diff(lang, fixture);
        out.add(DocumentChange.of("mekong", fixture, lang, diff,
            ElementsTouched.find(diff, DiffFixtures.locator()), "changes/mekong-" + fixture + "-" + lang + ".html"));
      }
    }
    return out;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String child(Element e, String name) {
    NodeList list = e.getElementsByTagNameNS(ChangesFeed.ATOM, name);
    assertThat(list.getLength()).as("<%s> in <%s>", name, e.getLocalName()).isGreaterThanOrEqualTo(1);
    return list.item(0).getTextContent();
  }

  @Test
  void theFeedIsWellFormedAtomAndListsEveryFixtureChange() throws Exception {
    String xml = ChangesFeed.write("cambodia", fixtureChanges(), Instant.EPOCH);
    Document doc = parse(xml);
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ChangesFeed.ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(child(feed, "id")).startsWith("urn:uuid:");
    assertThat(child(feed, "title")).contains("cambodia");
    assertThat(Instant.parse(child(feed, "updated"))).isEqualTo(DiffFixtures.AFTER);
    assertThat(child((Element) feed.getElementsByTagNameNS(ChangesFeed.ATOM, "author").item(0), "name")).isNotBlank();

    NodeList entries = feed.getElementsByTagNameNS(ChangesFeed.ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(4);
    List<String> ids = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      ids.add(child(entry, "id"));
      assertThat(Instant.parse(child(entry, "updated"))).isEqualTo(DiffFixtures.AFTER);
      assertThat(child(entry, "title")).startsWith("mekong/");
      Element link = (Element) entry.getElementsByTagNameNS(ChangesFeed.ATOM, "link").item(0);
      assertThat(link.getAttribute("href")).startsWith("changes/mekong-");
      summaries.add(child(entry, "summary"));
      assertThat(child(entry, "content")).contains("SHA-256 ").contains(DiffFixtures.BEFORE.toString());
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(summaries).filteredOn(s -> s.startsWith("1 added, 0 removed"))
        .hasSize(2).allSatisfy(s -> assertThat(s).contains("P10a.1 (no disclosure found -> partial)"));
    assertThat(summaries).filteredOn(s -> s.startsWith("0 added, 1 removed"))
        .hasSize(2).allSatisfy(s -> assertThat(s).contains("P6.1"));
  }

  @Test
  void theSameChangesGiveTheSameBytesWhateverTheirOrder() {
    List<DocumentChange> changes = fixtureChanges();
    String once = ChangesFeed.write("cambodia", changes, Instant.EPOCH);
    List<DocumentChange> reversed = new ArrayList<>(changes);
    java.util.Collections.reverse(reversed);
    assertThat(ChangesFeed.write("cambodia", reversed, Instant.EPOCH)).isEqualTo(once);
  }

  @Test
  void anEmptyFeedIsStillValidAndDatedAsAsked() throws Exception {
    Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
    Document doc = parse(ChangesFeed.write("cambodia", List.of(), asOf));
    assertThat(Instant.parse(child(doc.getDocumentElement(), "updated"))).isEqualTo(asOf);
    assertThat(doc.getElementsByTagNameNS(ChangesFeed.ATOM, "entry").getLength()).isZero();
  }

  @Test
  void controlCharactersFromADamagedPageCannotBreakTheXml() throws Exception {
    DocumentChange c = new DocumentChange("a\u0001co", "privacy", "en", DiffFixtures.BEFORE, "aa",
        DiffFixtures.AFTER, "bb", 1, 0, 0, 0, List.of(), "x?a=1&b=<2>");
    Document doc = parse(ChangesFeed.write("s", List.of(c), Instant.EPOCH));
    Element link = (Element) doc.getElementsByTagNameNS(ChangesFeed.ATOM, "link").item(0);
    assertThat(link.getAttribute("href")).isEqualTo("x?a=1&b=<2>");
  }
}
