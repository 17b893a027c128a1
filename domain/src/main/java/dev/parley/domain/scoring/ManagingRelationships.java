package dev.parley.domain.scoring;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Managing relationships, read from the transcript: did the person greet, give reasons, ask
 * questions, answer the persona's concessions with concessions of their own, keep clear of threats
 * and insults, and stay long enough to build anything. The word lists are deliberately short and
 * plain; see docs/scoring.md for the formula.
 */
public final class ManagingRelationships {

  static final Pattern REASON =
      words(
          "because",
          "since",
          "given that",
          "due to",
          "so that",
          "the reason",
          "reasons",
          "considering",
          "based on",
          "in order to",
          "that's why",
          "which is why",
          "as i",
          "my research",
          "market rate",
          "in return",
          "in exchange");
  static final Pattern QUESTION_START =
      Pattern.compile(
          "^\\s*(what|how|why|when|where|which|who|could|would|can|is|are|do|does|will|shall)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern THREAT =
      words(
          "or else",
          "take it or leave it",
          "you'll regret",
          "you will regret",
          "i'll sue",
          "i will sue",
          "my lawyer",
          "ultimatum",
          "last warning",
          "i'll make sure",
          "or i'll",
          "you'll be sorry",
          "i will ruin",
          "i'll report you");
  static final Pattern INSULT =
      words(
          "idiot",
          "idiots",
          "stupid",
          "moron",
          "dumb",
          "pathetic",
          "clown",
          "incompetent",
          "shut up",
          "useless",
          "liar",
          "greedy",
          "ridiculous",
          "insulting",
          "worthless",
          "joke");

  static final Pattern GREETING =
      words(
          "hi",
          "hello",
          "hey",
          "good morning",
          "good afternoon",
          "good evening",
          "thanks for",
          "thank you for",
          "nice to",
          "pleasure",
          "how are you",
          "great to");

  /** How much each signal weighs, and what a threat or insult costs. */
  static final double REASONS_WEIGHT = 0.30;

  static final double QUESTIONS_WEIGHT = 0.25;
  static final double RECIPROCITY_WEIGHT = 0.35;
  static final double GREETING_WEIGHT = 0.10;
  static final int PENALTY_PER_HOSTILE_MESSAGE = 25;

  /**
   * A relationship is built over turns: below this many messages of the person the score is scaled
   * down in proportion ("Hi" and "Deal" cannot earn a high score).
   */
  static final int ENGAGED_MESSAGES = 4;

  /** With no concession of the persona to answer, reciprocity is neither earned nor failed. */
  static final double RECIPROCITY_WITHOUT_OPPORTUNITY = 0.5;

  private ManagingRelationships() {}

  public static int of(Scenario scenario, List<Message> transcript) {
    List<Message> persons =
        transcript.stream().filter(message -> message.sender() == Sender.USER).toList();
    if (persons.isEmpty()) {
      return 0;
    }
    int n = persons.size();
    long reasons = persons.stream().filter(m -> REASON.matcher(m.content()).find()).count();
    long questions = persons.stream().filter(ManagingRelationships::asks).count();
    long hostile =
        persons.stream()
            .filter(m -> THREAT.matcher(m.content()).find() || INSULT.matcher(m.content()).find())
            .count();

    double reasonShare = Math.min(1, 2.0 * reasons / n);
    double questionShare = Math.min(1, 3.0 * questions / n);
    double reciprocity = reciprocity(scenario, transcript);
    double greeting = greets(persons.getFirst().content()) ? 1 : 0;
    double engagement = Math.min(1, (double) n / ENGAGED_MESSAGES);
    double base =
        engagement
            * (REASONS_WEIGHT * reasonShare
                + QUESTIONS_WEIGHT * questionShare
                + RECIPROCITY_WEIGHT * reciprocity
                + GREETING_WEIGHT * greeting);
    int score = Percent.of(base) - (int) (PENALTY_PER_HOSTILE_MESSAGE * hostile);
    return Math.max(0, Math.min(100, score));
  }

  /** True when the person's message asks something. */
  public static boolean asks(Message message) {
    return message.content().contains("?") || QUESTION_START.matcher(message.content()).find();
  }

  /** True when {@code text} greets ("hi", "thanks for meeting", "nice to meet you" ...). */
  public static boolean greets(String text) {
    return GREETING.matcher(text).find();
  }

  /** True when {@code text} gives a reason ("because", "based on", "in exchange" ...). */
  public static boolean givesReason(String text) {
    return REASON.matcher(text).find();
  }

  /** True when {@code text} threatens or insults. */
  public static boolean hostile(String text) {
    return THREAT.matcher(text).find() || INSULT.matcher(text).find();
  }

  /**
   * The share of the persona's concessions that the person answered with a concession in their next
   * proposal. A concession is a proposal worth less to its author than the author's previous one.
   * With no concession to answer, {@link #RECIPROCITY_WITHOUT_OPPORTUNITY}.
   */
  static double reciprocity(Scenario scenario, List<Message> transcript) {
    List<Proposal> proposals = proposals(scenario, transcript);
    int opportunities = 0;
    int answered = 0;
    for (int i = 0; i < proposals.size(); i++) {
      Proposal proposal = proposals.get(i);
      if (proposal.side() != Side.PERSONA || !proposal.concession()) {
        continue;
      }
      Optional<Proposal> answer =
          proposals.subList(i + 1, proposals.size()).stream()
              .filter(next -> next.side() == Side.PERSON)
              .findFirst();
      if (answer.isEmpty() || !answer.get().hasPrevious()) {
        continue;
      }
      opportunities++;
      if (answer.get().concession()) {
        answered++;
      }
    }
    return opportunities == 0 ? RECIPROCITY_WITHOUT_OPPORTUNITY : (double) answered / opportunities;
  }

  private record Proposal(Side side, boolean hasPrevious, boolean concession) {}

  private static List<Proposal> proposals(Scenario scenario, List<Message> transcript) {
    List<Proposal> proposals = new ArrayList<>();
    Optional<Terms> lastOfPerson = Optional.empty();
    Optional<Terms> lastOfPersona = Optional.empty();
    for (Message message : transcript) {
      if (message.proposal().isEmpty() || message.sender() == Sender.SYSTEM) {
        continue;
      }
      Side side = message.sender() == Sender.USER ? Side.PERSON : Side.PERSONA;
      Optional<Terms> previous = side == Side.PERSON ? lastOfPerson : lastOfPersona;
      // An issue a proposal leaves open counts as what its author would like best.
      Terms position = previous.orElse(bestFor(scenario, side)).with(message.proposal());
      boolean concession =
          previous.isPresent()
              && scenario.utility(side, position)
                  < scenario.utility(side, previous.get()) - ParetoFrontier.EPSILON;
      proposals.add(new Proposal(side, previous.isPresent(), concession));
      if (side == Side.PERSON) {
        lastOfPerson = Optional.of(position);
      } else {
        lastOfPersona = Optional.of(position);
      }
    }
    return proposals;
  }

  private static Terms bestFor(Scenario scenario, Side side) {
    Terms best = Terms.NONE;
    for (Issue issue : scenario.issues()) {
      best = best.with(issue.key(), scenario.preferencesOf(side).of(issue.key()).best(issue));
    }
    return best;
  }

  private static Pattern words(String... phrases) {
    StringBuilder alternatives = new StringBuilder();
    for (String phrase : phrases) {
      if (!alternatives.isEmpty()) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(phrase.toLowerCase(Locale.ROOT)));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
