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
}
