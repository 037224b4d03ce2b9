package org.policyscore.text;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The Khmer word list that ICU4J ships for its own word breaking (about 80,000 words, read from
 * the ICU jar through the public {@link BytesTrie} API). ICU uses it inside its break iterator
 * but offers no lookup; {@link KhmerSegmenter} needs one. If a future ICU moves the file, there
 * is no dictionary and the segmenter falls back to ICU's break iterator.
 */
final class KhmerDictionary {
  private static final String RESOURCE = "/com/ibm/icu/impl/data/icudata/brkitr/khmerdict.dict";
  private static final Optional<KhmerDictionary> INSTANCE = load();

  private final byte[] data;
  private final int trieOffset;
  private final int transformOffset;

  private KhmerDictionary(byte[] data, int trieOffset, int transformOffset) {
    this.data = data;
    this.trieOffset = trieOffset;
    this.transformOffset = transformOffset;
  }

  static Optional<KhmerDictionary> get() {
    return INSTANCE;
  }

  /**
   * The ends of the dictionary words that start at {@code start} and end by {@code limit},
   * shortest first; {@code out} receives them, the count is returned.
   */
  int wordEnds(CharSequence text, int start, int limit, int[] out) {
    BytesTrie trie = new BytesTrie(data, trieOffset);
    int n = 0;
    for (int i = start; i < limit && n < out.length; i++) {
      char c = text.charAt(i);
      int b = c == '\u200D' ? 0xFF : c == '\u200C' ? 0xFE : c - transformOffset;
      if (b < 0 || b > 0xFD) {
        break;
      }
      BytesTrie.Result r = trie.next(b);
      if (r.hasValue()) {
        out[n++] = i + 1;
      }
      if (!r.hasNext()) {
        break;
      }
    }
    return n;
  }

  boolean contains(CharSequence word) {
    int[] ends = new int[64];
    int n = wordEnds(word, 0, word.length(), ends);
    return n > 0 && ends[n - 1] == word.length();
  }

  /** The ICU data file: a data header, eight int32 indexes, then the trie (see ICU's DictionaryData). */
  private static Optional<KhmerDictionary> load() {
    try (InputStream in = ULocale.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] all = in.readAllBytes();
      ByteBuffer bb = ByteBuffer.wrap(all); // ICU4J's data is big-endian
      int header = bb.getShort(0) & 0xFFFF;
      int trieOffset = bb.getInt(header);
      int trieType = bb.getInt(header + 16) & 7;
      int transform = bb.getInt(header + 20);
      if (trieType != 0 || (transform & 0x7F000000) != 0x01000000) {
        return Optional.empty(); // not the byte trie with an offset transform this reader knows
      }
      return Optional.of(new KhmerDictionary(all, header + trieOffset, transform & 0x1FFFFF));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
