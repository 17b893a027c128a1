package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RespellerTest {

  private final Respeller respeller =
      new Respeller(
          Set.of(
              "deal",
              "sounds",
              "months",
              "take",
              "from",
              "form",
              "contract",
              "please",
              "est",
              "engineers",
              "real"));

  @Test
  void swapped_and_doubled_letters_become_the_word_meant() {
    assertThat(respeller.meant("soudns")).isEqualTo("sounds");
    assertThat(respeller.meant("monhts")).isEqualTo("months");
    assertThat(respeller.meant("deeal")).isEqualTo("deal");
    assertThat(respeller.meant("takke")).isEqualTo("take");
  }

  @Test
  void known_words_their_stems_and_inflections_stay_as_written() {
    assertThat(respeller.meant("deal")).isNull();
    assertThat(respeller.meant("deals")).isNull();
    assertThat(respeller.meant("engineer")).isNull();
    assertThat(respeller.meant("form")).isNull(); // a plain word, as the lexicon lists it
  }

  @Test
  void short_words_and_other_edits_are_not_guessed_at() {
    assertThat(respeller.meant("set")).isNull(); // "est" swapped, but too short to tell
    assertThat(respeller.meant("contact")).isNull(); // "contract" less a letter
    assertThat(respeller.meant("lease")).isNull(); // "please" less a letter
    assertThat(respeller.meant("dead")).isNull(); // "deal" with another letter
    assertThat(respeller.meant("85k")).isNull();
  }
}
