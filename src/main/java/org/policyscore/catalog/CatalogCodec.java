package org.policyscore.catalog;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue as compact binary, for {@link CatalogCache}: every field of the model, written in
 * a fixed order. A change to the model needs a change here and a new {@link #FORMAT}; the
 * round-trip test (CatalogCacheTest) fails until both are made.
 */
final class CatalogCodec {
  /** Bumped whenever what is written changes; part of every cache file's name. */
  static final int FORMAT = 2; // 2: elements read by a person

  private static final int MAGIC = 0x50534331; // "PSC1"

  private CatalogCodec() {}

  static void write(Catalog c, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    text(out, c.id());
    text(out, c.title());
    text(out, c.attribution());
    out.writeInt(c.concepts().size());
    for (Concept concept : c.concepts()) {
      text(out, concept.name());
      texts(out, concept.en());
      texts(out, concept.km());
    }
    out.writeInt(c.indicators().size());
    for (Indicator i : c.indicators()) {
      text(out, i.id());
      out.writeByte(i.category().ordinal());
      optional(out, i.parent());
      out.writeBoolean(i.family());
      text(out, i.title());
      optional(out, i.titleKm());
      text(out, i.description());
      text(out, i.guidance());
      out.writeByte(i.scope() == null ? -1 : i.scope().ordinal());
      types(out, i.excludedCompanyTypes());
      out.writeInt(i.elements().size());
      for (Element e : i.elements()) {
        text(out, e.id());
        text(out, e.indicatorId());
        text(out, e.question());
        types(out, e.excludedCompanyTypes());
        texts(out, List.copyOf(e.excludedServices()));
        out.writeBoolean(e.reversed());
        texts(out, e.cues().en());
        texts(out, e.cues().km());
        out.writeByte(e.fact().map(Enum::ordinal).orElse(-1));
        optional(out, e.readByPerson());
      }
      texts(out, i.documents());
    }
  }

  static Catalog read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a catalogue cache of format " + FORMAT);
    }
    String id = text(in);
    String title = text(in);
    String attribution = text(in);
    List<Concept> concepts = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      concepts.add(new Concept(text(in), texts(in), texts(in)));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      String indicatorId = text(in);
      Category category = Category.values()[in.readByte()];
      Optional<String> parent = optional(in);
      boolean family = in.readBoolean();
      String indicatorTitle = text(in);
      Optional<String> titleKm = optional(in);
      String description = text(in);
      String guidance = text(in);
      int scope = in.readByte();
      Set<CompanyType> excluded = types(in);
      List<Element> elements = new ArrayList<>();
      for (int e = count(in); e > 0; e--) {
        String elementId = text(in);
        String elementIndicator = text(in);
        String question = text(in);
        Set<CompanyType> elementExcluded = types(in);
        Set<String> services = new HashSet<>(texts(in));
        boolean reversed = in.readBoolean();
        Cues cues = new Cues(texts(in), texts(in));
        int fact = in.readByte();
        Optional<String> readByPerson = optional(in);
        elements.add(new Element(elementId, elementIndicator, question, elementExcluded, services, reversed, cues,
            fact < 0 ? Optional.empty() : Optional.of(ElementFact.values()[fact]), readByPerson));
      }
      indicators.add(new Indicator(indicatorId, category, parent, family, indicatorTitle, titleKm, description,
          guidance, scope < 0 ? null : ScoringScope.values()[scope], excluded, elements, texts(in)));
    }
    return new Catalog(id, title, attribution, concepts, indicators);
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] bytes = new byte[count(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void texts(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      text(out, s);
    }
  }

  private static List<String> texts(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      list.add(text(in));
    }
    return list;
  }

  private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      text(out, value.get());
    }
  }

  private static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
  }

  private static void types(DataOutputStream out, Set<CompanyType> types) throws IOException {
    int bits = 0;
    for (CompanyType t : types) {
      bits |= 1 << t.ordinal();
    }
    out.writeByte(bits);
  }

  private static Set<CompanyType> types(DataInputStream in) throws IOException {
    int bits = in.readByte();
    Set<CompanyType> types = new HashSet<>();
    for (CompanyType t : CompanyType.values()) {
      if ((bits & (1 << t.ordinal())) != 0) {
        types.add(t);
      }
    }
    return types;
  }

  /** A length or count: never negative, and never more than a cache file could hold. */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (64 << 20)) {
      throw new IOException("broken catalogue cache");
    }
    return n;
  }
}
