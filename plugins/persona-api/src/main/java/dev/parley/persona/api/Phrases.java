package dev.parley.persona.api;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.PersonaTurn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of one reply, with a memory of the session: every sentence the persona said earlier
 * (its messages in the turn's transcript) is remembered, and {@link #fresh} only picks a phrase
 * none of whose sentences was said before, in this session or earlier in the same reply. So a
 * persona built on it never says the same sentence twice in a session, and a stateless persona
 * still remembers: the memory is the transcript.
 *
 * <p>Choices come from {@link TurnSeed}: the same negotiation and turn give the same words.
 */
public final class Phrases {

  /**
   * The sentences said, each as a 64-bit hash of its normalised form ({@link #keyOf}): a persona
   * reads its whole transcript on every turn, and hashing each sentence where it stands costs no
   * copies.
   */
  private final Set<Long> said = new HashSet<>();

  private final SplittableRandom random;
  private final int round;

  public Phrases(PersonaTurn turn, String personaId) {
    this.random = TurnSeed.random(turn, personaId);
    this.round = turn.round();
    for (Message message : turn.transcript()) {
      if (message.sender() == Sender.AI) {
        forEachSentenceKey(message.content(), said::add);
      }
    }
  }

  /** The randomness of this turn, for choices that are not phrases. */
  public SplittableRandom random() {
    return random;
  }

  /**
   * One of {@code options} (each one or more sentences) not said before, chosen at random, and
   * remembered as said; "" when every option was said already. A blank option is a choice to say
   * nothing, which can always be made again.
   */
  public String fresh(String... options) {
    if (options.length == 0) {
      return "";
    }
    int start = random.nextInt(options.length);
    for (int k = 0; k < options.length; k++) {
      String option = options[(start + k) % options.length];
      if (option.isBlank()) {
        return "";
      }
      if (isNew(option)) {
        remember(option);
        return option;
      }
    }
    return "";
  }

  /**
   * The first of {@code options} not said before, in the order given, remembered as said; "" when
   * every option was said already.
   */
  public String firstFresh(String... options) {
    for (String option : options) {
      if (isNew(option)) {
        remember(option);
        return option;
      }
    }
    return "";
  }

  /**
   * Like {@link #fresh}, but when every option was said, {@code otherwise}: a phrase that names
   * this turn's round, so it cannot have been said in an earlier turn.
   */
  public String freshOr(java.util.function.IntFunction<String> otherwise, String... options) {
    String chosen = fresh(options);
    if (!chosen.isEmpty()) {
      return chosen;
    }
    String last = otherwise.apply(round + 1);
    if (isNew(last)) {
      remember(last);
      return last;
    }
    return "";
  }

  /** True when no sentence of {@code text} was said before in this session or this reply. */
  public boolean isNew(String text) {
    boolean[] repeated = {false};
    forEachSentenceKey(
        text,
        key -> {
          if (said.contains(key)) {
            repeated[0] = true;
          }
        });
    return !repeated[0];
  }

  /** Remembers the sentences of {@code text} as said. */
  public void remember(String text) {
    forEachSentenceKey(text, said::add);
  }

  /** The key of each sentence of {@code text}, split as {@link #sentences} splits. */
  private static void forEachSentenceKey(String text, java.util.function.LongConsumer sink) {
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        keyOf(text, start, i + 1, sink);
        start = i + 1;
      }
    }
    keyOf(text, start, n, sink);
  }

  /**
   * Passes the key of {@code text[from, to)} to {@code sink} unless it is blank: an FNV-1a hash of
   * the sentence lower-cased, stripped, with runs of white space as one space, the same as hashing
   * {@link #normalised} of it.
   */
  private static void keyOf(String text, int from, int to, java.util.function.LongConsumer sink) {
    long hash = 0xcbf29ce484222325L;
    boolean any = false;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        sink.accept(hashOf(normalised(text.substring(from, to))));
        return;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) {
        space = true;
        continue;
      }
      if (space && any) {
        hash = (hash ^ ' ') * 0x100000001b3L;
      }
      space = false;
      any = true;
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      hash = (hash ^ lower) * 0x100000001b3L;
    }
    if (any) {
      sink.accept(hash);
    }
  }

  private static long hashOf(String normalised) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < normalised.length(); i++) {
      hash = (hash ^ normalised.charAt(i)) * 0x100000001b3L;
    }
    return hash;
  }

  /** The non-blank ones of {@code parts}, joined by spaces. */
  public static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(part.strip());
      }
    }
    return out.toString();
  }

  /**
   * The sentences of {@code text}: split after '.', '!' or '?' followed by white space or the end
   * ("Salary at 85,000." is one sentence, so is "12.50 an hour?").
   */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
        add(out, text.substring(start, i + 1));
        start = i + 1;
      }
    }
    add(out, text.substring(start));
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      out.add(stripped);
    }
  }

  private static String normalised(String sentence) {
    String ascii = normalisedAscii(sentence);
    if (ascii != null) {
      return ascii;
    }
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : sentence.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@link #normalised} for a sentence of ASCII characters only (most are), in one pass without the
   * lower-cased and stripped copies; null when the sentence has any other character.
   */
  private static String normalisedAscii(String sentence) {
    int n = sentence.length();
    char[] out = new char[n];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = sentence.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) {
        space = true;
      } else {
        if (space && length > 0) {
          out[length++] = ' ';
        }
        space = false;
        out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }
    return new String(out, 0, length);
  }
}
