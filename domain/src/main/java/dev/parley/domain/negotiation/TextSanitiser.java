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
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u200B]");

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

  private static String dropLoneSurrogates(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(codePoint -> !Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
