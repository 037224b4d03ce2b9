package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.policyscore.testing.AtomCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of changes: valid Atom 1.0, absolute links, names in titles, elements in entries. */
class ChangesFeedTest {
  private static final String BASE = "https://cso.example/cambodia/";
  private static final String SELF = BASE + "changes.atom";

  private static DocumentRef doc(String lang) {
    return new DocumentRef("mekong", "privacy", lang, "Mekong Mobile", "Privacy Notice");
  }

  private static List<DocumentChange> fixtureChanges() {
    List<DocumentChange> out = new ArrayList<>();
    for (String lang : DiffFixtures.LANGUAGES) {
      for (String fixture : List.of("added-government-demands", "removed-clause")) {
        DiffResult diff = DiffFixtures.diff(lang, fixture);
        out.add(DocumentChange.of(new DocumentRef("mekong", fixture, lang, "Mekong Mobile", "Privacy Notice"), diff,
            ElementsTouched.find(diff, DiffFixtures.locator()), BASE + "changes/mekong-" + fixture + "-" + lang + ".html"));
      }
      out.add(DocumentChange.firstArchived(doc(lang), DiffFixtures.base(lang).citation(),
          BASE + "changes/mekong-privacy-" + lang + "-first.html"));
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
  void theFeedIsStrictlyValidAtomWithNamesAbsoluteLinksAndElements() throws Exception {
    String xml = ChangesFeed.write("cambodia", "Cambodia 2025", fixtureChanges(), SELF);
    assertThat(AtomCheck.problems(xml)).isEmpty();

    Element feed = parse(xml).getDocumentElement();
    assertThat(child(feed, "title")).isEqualTo("Policy changes: Cambodia 2025");
    assertThat(child(feed, "updated")).isEqualTo(DiffFixtures.AFTER.toString());
    NodeList entries = feed.getElementsByTagNameNS(ChangesFeed.ATOM, "entry");
    assertThat(entries.getLength()).isEqualTo(6);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      titles.add(child(entry, "title"));
      Element link = (Element) entry.getElementsByTagNameNS(ChangesFeed.ATOM, "link").item(0);
      assertThat(link.getAttribute("href")).startsWith(BASE + "changes/mekong-");
      assertThat(child(entry, "content")).contains("SHA-256", DiffFixtures.BEFORE.toString());
    }
    assertThat(titles).contains(
        "Mekong Mobile, Privacy Notice (Khmer) changed: 1 added, 0 removed, 0 changed, 0 moved",
        "Mekong Mobile, Privacy Notice (English): first archived");
    // the elements touched, with their questions and the answers before and after
    String content = child((Element) entries.item(
        titles.indexOf("Mekong Mobile, Privacy Notice (English) changed: 1 added, 0 removed, 0 changed, 0 moved")), "content");
    assertThat(content).contains("<b>P10a.1</b>", "Does the company clearly disclose",
        "no disclosure found → partial", "evidence added (en)");
  }

  @Test
  void theStrictCheckCatchesWhatFeedReadersChokeOn() {
    String valid = ChangesFeed.write("cambodia", "Cambodia", fixtureChanges(), SELF);
    assertThat(AtomCheck.problems(valid.replace(BASE + "changes/mekong-removed-clause-en.html", "changes/x.html")))
        .singleElement().asString().contains("is not absolute");
    assertThat(AtomCheck.problems(valid.replaceFirst("<updated>(\\d{4}-\\d{2}-\\d{2})T", "<updated>$1t")))
        .singleElement().asString().contains("RFC 3339");
    assertThat(AtomCheck.problems(valid.replaceFirst("\\s*<id>urn:uuid:[^<]*</id>\\s*<title>Policy", "<title>Policy")))
        .anySatisfy(p -> assertThat(p).contains("0 atom:id, expected exactly 1"));
    assertThat(AtomCheck.problems(valid.replaceFirst("<entry>", "<entry><date>2025</date>")))
        .anySatisfy(p -> assertThat(p).contains("atom:date is not allowed here"));
    assertThat(AtomCheck.problems(valid.replaceFirst("<link rel=\"self\"[^>]*>", "")))
        .anySatisfy(p -> assertThat(p).contains("no link rel=\"self\""));
    assertThat(AtomCheck.problems(valid.replaceFirst("<content type=\"html\">", "<content type=\"markdown\">")))
        .anySatisfy(p -> assertThat(p).contains("type 'markdown'"));
    assertThat(AtomCheck.problems("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title>"))
        .singleElement().asString().startsWith("not well-formed XML");
  }

  @Test
  void theSameChangesGiveTheSameBytesWhateverTheirOrder() {
    List<DocumentChange> changes = fixtureChanges();
    String once = ChangesFeed.write("cambodia", "Cambodia", changes, SELF);
    List<DocumentChange> reversed = new ArrayList<>(changes);
    java.util.Collections.reverse(reversed);
    assertThat(ChangesFeed.write("cambodia", "Cambodia", reversed, SELF)).isEqualTo(once);
  }

  @Test
  void anEmptyFeedIsStillValid() throws Exception {
    String xml = ChangesFeed.write("cambodia", "Cambodia", List.of(), SELF);
    assertThat(AtomCheck.problems(xml)).isEmpty();
    assertThat(parse(xml).getElementsByTagNameNS(ChangesFeed.ATOM, "entry").getLength()).isZero();
  }

  @Test
  void controlCharactersFromADamagedPageCannotBreakTheXml() throws Exception {
    Citation newer = DiffFixtures.changed("en", "added-clause").citation();
    DocumentChange c = new DocumentChange(new DocumentRef("a\u0001co", "privacy", "en"),
        Optional.of(DiffFixtures.base("en").citation()), newer, 1, 0, 0, 0, List.of(), BASE + "x?a=1&b=2");
    String xml = ChangesFeed.write("s", "S", List.of(c), SELF);
    assertThat(AtomCheck.problems(xml)).isEmpty();
    Element link = (Element) parse(xml).getElementsByTagNameNS(ChangesFeed.ATOM, "link").item(1);
    assertThat(link.getAttribute("href")).isEqualTo(BASE + "x?a=1&b=2");
  }
}
