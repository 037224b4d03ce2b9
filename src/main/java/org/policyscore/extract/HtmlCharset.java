package org.policyscore.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of an HTML snapshot, in this order: a byte-order mark; the
 * {@code charset} of the HTTP Content-Type; a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB; bytes that are valid UTF-8; otherwise
 * ICU's statistical detector, falling back to windows-1252. Deterministic for given bytes.
 */
final class HtmlCharset {
  private HtmlCharset() {}

  private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  static Charset detect(byte[] content, String contentType) {
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(content, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    Optional<Charset> declared = named(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
    if (declared.isPresent()) {
      return declared.get();
    }
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
    declared = named(META_CHARSET.matcher(head));
    if (declared.isPresent()) {
      return declared.get();
    }
    if (isUtf8(content)) {
      return StandardCharsets.UTF_8;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(content);
    CharsetMatch match = detector.detect();
    if (match != null && Charset.isSupported(match.getName())) {
      return Charset.forName(match.getName());
    }
    return Charset.forName("windows-1252");
  }

  /** Whether the charset comes from a byte-order mark or a declaration rather than a guess. */
  static boolean declared(byte[] content, String contentType) {
    if (startsWith(content, 0xEF, 0xBB, 0xBF) || startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
      return true;
    }
    if (named(contentType == null ? null : HEADER_CHARSET.matcher(contentType)).isPresent()) {
      return true;
    }
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
    return named(META_CHARSET.matcher(head)).isPresent();
  }

  private static Optional<Charset> named(Matcher m) {
    if (m == null || !m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Browsers read latin1 as windows-1252 (WHATWG Encoding); so do we.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      name = "windows-1252";
    }
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isUtf8(byte[] content) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
