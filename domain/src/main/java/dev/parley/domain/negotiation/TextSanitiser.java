package dev.parley.domain.negotiation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes chat text safe to store and broadcast: Unicode normalised (NFC), markup stripped (script
 * and style elements with their content, every other tag and comment without its content), control
 * characters removed (line breaks and tabs kept), and trimmed. Text that only looks like a
 * comparison ("5 < 10", "<3") is not markup and stays.
 */
public final class TextSanitiser {

  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile(
          "<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z!?][^>]*(>|$)");

  /**
   * Removed from chat: control characters but line breaks and tabs, every bidirectional control
   * (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and
   * U+061C), and the invisible ones that carry no meaning in a message (zero-width space U+200B,
   * word joiner U+2060, invisible operators U+2061–U+2064, the byte order mark U+FEFF, the
   * Mongolian vowel separator U+180E). The zero-width joiner and non-joiner (U+200D, U+200C) stay:
   * emoji sequences and several scripts need them.
   */
  private static final Pattern CONTROL =
      Pattern.compile(
          "[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C"
              + "\\u200B\\u2060-\\u2064\\uFEFF\\u180E]");

  private TextSanitiser() {}

  public static String sanitise(String text) {
    if (text == null) {
      return "";
    }
    String result = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
    String previous;
    do {
      previous = result;
      result = SCRIPT_OR_STYLE.matcher(result).replaceAll("");
      result = COMMENT.matcher(result).replaceAll("");
      result = TAG.matcher(result).replaceAll("");
    } while (!result.equals(previous));
    result = CONTROL.matcher(result).replaceAll("");
    return dropLoneSurrogates(result).strip();
  }

  /**
   * The length a person sees, in Unicode code points: after NFC normalisation (a letter with a
   * combining accent that has a composed form counts once) and without the characters {@link
   * #sanitise} removes as controls. Markup is counted: it is text the person typed.
   */
  public static int visibleLength(String text) {
    if (text == null) {
      return 0;
    }
    String visible =
        CONTROL
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n"))
            .replaceAll("")
            .strip();
    return visible.codePointCount(0, visible.length());
  }

  /**
   * A bidirectional formatting character: the embeddings and overrides U+202A–U+202E, the isolates
   * U+2066–U+2069, and the marks U+200E, U+200F and U+061C.
   */
  public static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x200E
        || codePoint == 0x200F
        || codePoint == 0x061C;
  }

  private static String dropLoneSurrogates(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(codePoint -> !Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
