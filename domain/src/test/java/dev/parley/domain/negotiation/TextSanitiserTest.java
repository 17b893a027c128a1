package dev.parley.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSanitiserTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "<script>alert('x')</script>Hello | Hello",
        "<SCRIPT type=text/javascript>evil()</SCRIPT >Hi | Hi",
        "<style>body{}</style>Hi | Hi",
        "<b>bold</b> and <i>italic</i> | bold and italic",
        "<img src=x onerror=alert(1)>pic | pic",
        "<!-- hidden -->shown | shown",
        "before <scr<script>ipt>alert(1)</script> | before",
        "5 < 10 and 7 > 3 | 5 < 10 and 7 > 3",
        "I <3 this offer | I <3 this offer",
        "unclosed <script>alert(1) | unclosed",
        "\"  padded  \" | padded",
      })
  void strips_markup(String input, String expected) {
    assertThat(TextSanitiser.sanitise(input)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void removes_control_characters_but_keeps_line_breaks_and_tabs() {
    assertThat(TextSanitiser.sanitise("a\u0000b\u0007c\u001Bd\u007Fe\u202Ef\u200Bg"))
        .isEqualTo("abcdefg");
    assertThat(TextSanitiser.sanitise("line one\r\nline two\tend"))
        .isEqualTo("line one\nline two\tend");
    assertThat(TextSanitiser.sanitise(null)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void normalises_to_nfc_and_drops_lone_surrogates() {
    assertThat(TextSanitiser.sanitise("Cafe\u0301")).isEqualTo("Caf\u00E9");
    assertThat(TextSanitiser.sanitise("ok\uD800!")).isEqualTo("ok!");
    assertThat(TextSanitiser.sanitise("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
  }

  @org.junit.jupiter.api.Test
  void strips_every_bidirectional_control_and_invisible_space_but_keeps_emoji_joiners() {
    assertThat(
            TextSanitiser.sanitise(
                "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j"
                    + "\u200Ek\u200Fl\u061Cm\u2060n\uFEFFo\u200Bp"))
        .isEqualTo("abcdefghijklmnop");
    // "I pay 100" with an override that would show it reversed
    assertThat(TextSanitiser.sanitise("I pay \u202E001\u202C")).isEqualTo("I pay 001");
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertThat(TextSanitiser.sanitise("our " + family)).isEqualTo("our " + family);
    // the non-joiner is part of Persian spelling
    assertThat(TextSanitiser.sanitise("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"))
        .contains("\u200C");
  }

  @org.junit.jupiter.api.Test
  void the_visible_length_counts_code_points_after_nfc_without_controls() {
    assertThat(TextSanitiser.visibleLength("Cafe\u0301")).isEqualTo(4);
    assertThat(TextSanitiser.visibleLength("\uD83D\uDE00\uD83D\uDE00")).isEqualTo(2);
    assertThat(TextSanitiser.visibleLength("ab\u202E\u200B\uFEFFcd")).isEqualTo(4);
    // a combining mark with no composed form is still a code point of its own
    assertThat(TextSanitiser.visibleLength("q\u0301")).isEqualTo(2);
    assertThat(TextSanitiser.visibleLength(null)).isZero();
  }

  @org.junit.jupiter.api.Test
  void bidi_controls_are_the_embeddings_overrides_isolates_and_marks() {
    for (int c :
        new int[] {
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
          0x061C
        }) {
      assertThat(TextSanitiser.isBidiControl(c)).as("U+%04X", c).isTrue();
    }
    assertThat(TextSanitiser.isBidiControl('a')).isFalse();
    assertThat(TextSanitiser.isBidiControl(0x200D)).isFalse();
    assertThat(TextSanitiser.isBidiControl(0x05D0)).as("a Hebrew letter is no control").isFalse();
  }
}
