package dev.parley.domain.account;

import dev.parley.domain.negotiation.TextSanitiser;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A display name as shown to others: NFC, control characters (line breaks, tabs, ...) turned into
 * spaces, inner spaces collapsed, and its length counted in code points. A name with a
 * bidirectional control or an invisible character is refused rather than cleaned, since such a name
 * is made to look like another one ({@link #problem}).
 */
final class DisplayName {
  private DisplayName() {}

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String normalised = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return normalised.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
  }

  /** The length of a cleaned name as a person counts it: code points after NFC. */
  static int length(String cleaned) {
    return cleaned.codePointCount(0, cleaned.length());
  }

  /**
   * Why a cleaned name is refused, or empty when it is fine: it holds a bidirectional control
   * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) or an invisible formatting character
   * (general category Cf: zero-width space, non-joiner and joiner U+200B–U+200D, word joiner
   * U+2060, U+FEFF, soft hyphen, ...). The one exception is a zero-width joiner between two emoji,
   * which draws them as one (a family, a person with a laptop).
   */
  static Optional<String> problem(String cleaned) {
    int[] codePoints = cleaned.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (TextSanitiser.isBidiControl(c)) {
        return Optional.of(
            "must not contain bidirectional control characters (found " + hex(c) + ")");
      }
      if (Character.getType(c) == Character.FORMAT && !(c == 0x200D && joinsEmoji(codePoints, i))) {
        return Optional.of("must not contain invisible characters (found " + hex(c) + ")");
      }
    }
    return Optional.empty();
  }

  /** Whether the zero-width joiner at {@code at} stands inside an emoji ZWJ sequence. */
  private static boolean joinsEmoji(int[] codePoints, int at) {
    int before = at - 1;
    // an emoji before the joiner may carry a presentation selector or a skin tone
    while (before >= 0
        && (codePoints[before] == 0xFE0F || Character.isEmojiModifier(codePoints[before]))) {
      before--;
    }
    return before >= 0
        && at + 1 < codePoints.length
        && Character.isExtendedPictographic(codePoints[before])
        && Character.isExtendedPictographic(codePoints[at + 1]);
  }

  private static String hex(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }
}
