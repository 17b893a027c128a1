package dev.parley.domain.debrief;

import static dev.parley.domain.debrief.Annotation.Category;
import static dev.parley.domain.debrief.Annotation.Verdict;

import dev.parley.domain.debrief.Positions.Position;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.ManagingRelationships;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.TermsSpeech;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The turn-by-turn remarks of a debrief, one category at a time: each finds its evidence in the
 * transcript (the message quoted) and gives one concrete tip. The thresholds are named constants;
 * docs/scoring.md explains each remark.
 */
final class Annotations {

  /** A first concession over this share of the way from opening to walk-away is too big. */
  static final double BIG_FIRST_STEP = 0.3;

  /** Giving more than this share of the way by the middle of one's offers is too fast. */
  static final double FAST_SHARE = 0.6;

  /** A trade gives at least this much more of a cheap issue's range than of the dearest one's. */
  static final double TRADE_MARGIN = 0.2;

  private static final double EPSILON = 1e-9;

  private final Scenario scenario;
  private final List<Message> transcript;
  private final List<Message> learner;
  private final Positions positions;
  private final String counterpart;
  private final List<Annotation> out = new ArrayList<>();

  private Annotations(Scenario scenario, List<Message> transcript) {
    this.scenario = scenario;
    this.transcript = transcript;
    this.learner = transcript.stream().filter(m -> m.sender() == Sender.USER).toList();
    this.positions = Positions.of(scenario, transcript);
    this.counterpart = scenario.counterpart().role().toLowerCase(Locale.ROOT);
  }

  static List<Annotation> of(
      Scenario scenario,
      List<Message> transcript,
      Optional<Terms> deal,
      Ending ending,
      JointValue joint) {
    Annotations annotations = new Annotations(scenario, transcript);
    annotations.preparation(deal);
    annotations.iceBreaking();
    annotations.firstOffer();
    annotations.openingAmbition();
    annotations.concessions();
    annotations.counterOffers();
    annotations.reasons();
    annotations.questions();
    annotations.logrolling();
    annotations.tone();
    annotations.closing(ending, joint);
    return List.copyOf(annotations.out);
  }

  private void preparation(Optional<Terms> deal) {
    Preferences own = scenario.personBrief().preferences();
    for (Position offer : positions.by(Side.PERSON)) {
      for (Issue issue : scenario.issues()) {
        Optional<Double> value = offer.named().valueOf(issue.key());
        if (value.isPresent() && !own.of(issue.key()).acceptable(value.get())) {
          add(
              Category.PREPARATION,
              Verdict.TO_IMPROVE,
              offer.message(),
              "You offered "
                  + amount(issue, value.get())
                  + " on "
                  + label(issue)
                  + ", past your walk-away point of "
                  + amount(issue, own.of(issue.key()).reservation())
                  + ".",
              "Write down your walk-away point on every issue before you start and never offer past"
                  + " it: beyond it, your outside option is the better deal.");
          return;
        }
      }
    }
    if (deal.isPresent()) {
      for (Issue issue : scenario.issues()) {
        Optional<Double> value = deal.get().valueOf(issue.key());
        if (value.isPresent() && !own.of(issue.key()).acceptable(value.get())) {
          add(
              Category.PREPARATION,
              Verdict.TO_IMPROVE,
              null,
              "The deal gives you "
                  + amount(issue, value.get())
                  + " on "
                  + label(issue)
                  + ", worse than your walk-away point of "
                  + amount(issue, own.of(issue.key()).reservation())
                  + ".",
              "Check every issue of a package against your walk-away points before you accept.");
          return;
        }
      }
    }
    List<Position> offers = positions.by(Side.PERSON);
    if (offers.isEmpty()) {
      add(
          Category.PREPARATION,
          Verdict.NOTE,
          null,
          "You made no offer of your own.",
          "Prepare a target for every issue from your brief and open with it.");
    } else {
      add(
          Category.PREPARATION,
          Verdict.STRENGTH,
          offers.getFirst().message(),
          "Every offer you made stayed within your walk-away points.",
          "Keep your walk-away points and targets written down before each negotiation.");
    }
  }

  private void iceBreaking() {
    if (learner.isEmpty()) {
      return;
    }
    Message first = learner.getFirst();
    if (ManagingRelationships.greets(first.content())) {
      add(
          Category.ICE_BREAKING,
          Verdict.STRENGTH,
          first,
          "You opened with a greeting before business.",
          "Follow the greeting with a question about their situation to learn what matters to"
              + " them.");
    } else {
      add(
          Category.ICE_BREAKING,
          Verdict.TO_IMPROVE,
          first,
          "You went straight to business.",
          "A greeting and a question about the other side's situation set a cooperative tone at"
              + " almost no cost.");
    }
  }

  private void firstOffer() {
    Optional<Position> first = positions.first();
    if (first.isEmpty()) {
      return;
    }
    if (first.get().side() == Side.PERSON) {
      add(
          Category.FIRST_OFFER,
          Verdict.STRENGTH,
          first.get().message(),
          "You made the first offer and set the anchor.",
          "Anchoring first works when you know the range: back the anchor with a reason.");
    } else {
      add(
          Category.FIRST_OFFER,
          Verdict.NOTE,
          first.get().message(),
          "The " + counterpart + " made the first offer and set the anchor.",
          "When the other side anchors first, answer with a counter-offer near your own target,"
              + " not a small step from theirs.");
    }
  }

  private void openingAmbition() {
    List<Position> offers = positions.by(Side.PERSON);
    if (offers.isEmpty()) {
      return;
    }
    Position opening = offers.getFirst();
    Preferences own = scenario.personBrief().preferences();
    for (Issue issue : scenario.issues()) {
      Optional<Double> value = opening.named().valueOf(issue.key());
      IssuePreference preference = own.of(issue.key());
      if (value.isPresent()
          && !preference.direction().atLeastAsGood(value.get(), preference.target())) {
        add(
            Category.OPENING_AMBITION,
            Verdict.TO_IMPROVE,
            opening.message(),
            "Your opening asked for "
                + amount(issue, value.get())
                + " on "
                + label(issue)
                + "; your target was "
                + amount(issue, preference.target())
                + ".",
            "Open at or beyond your target: concessions come out of your opening, so a modest"
                + " opening leaves nothing to give.");
        return;
      }
    }
    add(
        Category.OPENING_AMBITION,
        Verdict.STRENGTH,
        opening.message(),
        "Your opening asked for your target or more on every issue it named.",
        "An ambitious opening needs a reason; keep giving one.");
  }

  /**
   * The learner's concessions, measured against the way from its opening to its walk-away package:
   * a first step of more than {@link #BIG_FIRST_STEP} of that way, more than {@link #FAST_SHARE} of
   * it given in the first half of its offers (three or more), or a concession while the other side
   * had not moved since the last one.
   */
  private void concessions() {
    List<Position> own = positions.by(Side.PERSON);
    if (own.size() < 2) {
      return;
    }
    double opening = own.getFirst().utility();
    double walkAway =
        scenario.utility(
            Side.PERSON,
            scenario.personBrief().preferences().reservationPackage(scenario.issues()));
    double way = Math.max(EPSILON, opening - walkAway);
    Position firstConcession = null;
    Position lastOwn = null;
    Position lastTheirs = null;
    boolean theyMovedSince = true;
    for (Position position : positions.all()) {
      if (position.side() == Side.PERSONA) {
        if (lastTheirs != null && position.utility() < lastTheirs.utility() - EPSILON) {
          theyMovedSince = true;
        }
        lastTheirs = position;
        continue;
      }
      if (lastOwn != null && position.utility() < lastOwn.utility() - EPSILON) {
        if (firstConcession == null) {
          firstConcession = position;
          double step = (lastOwn.utility() - position.utility()) / way;
          if (step > BIG_FIRST_STEP) {
            add(
                Category.CONCESSIONS,
                Verdict.TO_IMPROVE,
                position.message(),
                "Your first concession gave up "
                    + Math.round(step * 100)
                    + " % of the way from your opening to your walk-away point in one step.",
                "Concede in small, shrinking steps: each smaller step tells the other side you"
                    + " are near your limit.");
            return;
          }
        } else if (!theyMovedSince) {
          add(
              Category.CONCESSIONS,
              Verdict.TO_IMPROVE,
              position.message(),
              "You conceded again while the "
                  + counterpart
                  + " had not moved since your last"
                  + " concession.",
              "After a concession, wait for one in return before you give more, and say so.");
          return;
        }
        theyMovedSince = false;
      }
      lastOwn = position;
    }
    if (own.size() >= 3) {
      Position middle = own.get((own.size() - 1) / 2);
      double given = (opening - middle.utility()) / way;
      if (given > FAST_SHARE) {
        add(
            Category.CONCESSIONS,
            Verdict.TO_IMPROVE,
            middle.message(),
            "By the middle of your offers you had given up "
                + Math.round(given * 100)
                + " % of the way to your walk-away point.",
            "Slow down: hold a position for a round and ask for something in return before you"
                + " move.");
        return;
      }
    }
    if (firstConcession != null) {
      add(
          Category.CONCESSIONS,
          Verdict.STRENGTH,
          firstConcession.message(),
          "Your concessions were measured and answered.",
          "Keep naming what you want in return when you give ground.");
    }
  }

  private void counterOffers() {
    for (int i = 0; i < transcript.size() - 1; i++) {
      Message theirs = transcript.get(i);
      Message answer = transcript.get(i + 1);
      if (theirs.sender() != Sender.AI
          || theirs.proposal().isEmpty()
          || answer.sender() != Sender.USER) {
        continue;
      }
      Optional<ReadAs.Kind> kind = answer.readAs().map(ReadAs::kind);
      if (kind.filter(k -> k == ReadAs.Kind.REJECT).isPresent()) {
        add(
            Category.COUNTER_OFFERS,
            Verdict.TO_IMPROVE,
            answer,
            "You said no without a counter-offer.",
            "A bare no gives the other side nothing to work with: answer with a package of your"
                + " own.");
        return;
      }
      if (kind.filter(k -> k == ReadAs.Kind.ACCEPT).isPresent()
          && positions.by(Side.PERSONA).getFirst().message().equals(theirs)) {
        add(
            Category.COUNTER_OFFERS,
            Verdict.TO_IMPROVE,
            answer,
            "You accepted the first offer of the " + counterpart + ".",
            "The first offer is rarely the best one available: counter at least once.");
        return;
      }
    }
    Optional<Position> counter =
        positions.all().stream()
            .filter(position -> position.side() == Side.PERSON)
            .filter(position -> answersAnOffer(position.message()))
            .findFirst();
    counter.ifPresent(
        position ->
            add(
                Category.COUNTER_OFFERS,
                Verdict.STRENGTH,
                position.message(),
                "You answered the " + counterpart + "'s offer with a counter-offer of your own.",
                "Keep countering with whole packages: they leave room to trade."));
  }

  private boolean answersAnOffer(Message message) {
    int at = transcript.indexOf(message);
    return at > 0
        && transcript.get(at - 1).sender() == Sender.AI
        && !transcript.get(at - 1).proposal().isEmpty();
  }

  private void reasons() {
    List<Position> offers = positions.by(Side.PERSON);
    if (offers.isEmpty()) {
      return;
    }
    List<Position> reasoned =
        offers.stream()
            .filter(offer -> ManagingRelationships.givesReason(offer.message().content()))
            .toList();
    if (reasoned.size() * 2 >= offers.size()) {
      add(
          Category.REASONS,
          Verdict.STRENGTH,
          reasoned.getFirst().message(),
          "You gave reasons with " + reasoned.size() + " of your " + offers.size() + " offers.",
          "Tie reasons to the other side's interests, not only to your own needs.");
    } else {
      Position bare =
          offers.stream()
              .filter(offer -> !ManagingRelationships.givesReason(offer.message().content()))
              .findFirst()
              .orElse(offers.getFirst());
      add(
          Category.REASONS,
          Verdict.TO_IMPROVE,
          bare.message(),
          "Most of your offers came without a reason.",
          "Give a reason with each offer (\"because the market rate for this role is ...\"): a"
              + " reason makes a number harder to dismiss and easier to accept.");
    }
  }

  private void questions() {
    List<Message> asked =
        learner.stream()
            .filter(
                message ->
                    message.readAs().map(r -> r.kind() == ReadAs.Kind.QUESTION).orElse(false)
                        || ManagingRelationships.asks(message))
            .toList();
    if (asked.isEmpty()) {
      add(
          Category.QUESTIONS,
          Verdict.TO_IMPROVE,
          null,
          "You asked no questions.",
          "Ask what matters most to them and why: their answers show you where to trade.");
    } else {
      add(
          Category.QUESTIONS,
          Verdict.STRENGTH,
          asked.getFirst(),
          "You asked " + asked.size() + (asked.size() == 1 ? " question." : " questions."),
          "Use the answers: offer more of what they said matters to them, in exchange for what"
              + " matters to you.");
    }
  }

  /**
   * A trade: in one of its offers the learner had given up at least half of its concession room
   * (target to walk-away point) on an opposed issue worth more to the other side than to it, and at
   * least {@link #TRADE_MARGIN} less of its room on the issue that matters most to it: value
   * created, not only split. An even concession on every issue is no trade.
   */
  private void logrolling() {
    Preferences own = scenario.personBrief().preferences();
    Preferences theirs = scenario.counterpart().preferences();
    Issue dearest =
        scenario.issues().stream()
            .max(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
            .orElseThrow();
    if (own.of(dearest.key()).direction() != theirs.of(dearest.key()).direction()) {
      for (Position offer : positions.by(Side.PERSON)) {
        double keptDearest = given(dearest, offer.whole());
        for (Issue issue : scenario.issues()) {
          boolean opposed = own.of(issue.key()).direction() != theirs.of(issue.key()).direction();
          boolean worthMoreToThem =
              theirs.normalisedWeight(issue.key()) > own.normalisedWeight(issue.key());
          double given = given(issue, offer.whole());
          if (opposed && worthMoreToThem && given >= 0.5 && given >= keptDearest + TRADE_MARGIN) {
            add(
                Category.LOGROLLING,
                Verdict.STRENGTH,
                offer.message(),
                "You traded across issues: you gave on "
                    + label(issue)
                    + ", worth more to the "
                    + counterpart
                    + " than to you, and held on "
                    + label(dearest)
                    + ", worth most to you.",
                "Keep trading what matters less to you for what matters more, and say which is"
                    + " which.");
            return;
          }
        }
      }
    }
    boolean tradable = scenario.issues().stream().anyMatch(i -> i.kind() == IssueKind.INTEGRATIVE);
    if (tradable) {
      Issue least =
          scenario.issues().stream()
              .min(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
              .orElseThrow();
      Issue most =
          scenario.issues().stream()
              .max(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
              .orElseThrow();
      add(
          Category.LOGROLLING,
          Verdict.TO_IMPROVE,
          null,
          "You never traded one issue against another.",
          "Give on what matters less to you ("
              + label(least)
              + ") in return for what matters more ("
              + label(most)
              + "): trades create value for both sides.");
    }
  }

  private void tone() {
    learner.stream()
        .filter(message -> ManagingRelationships.hostile(message.content()))
        .findFirst()
        .ifPresent(
            message ->
                add(
                    Category.TONE,
                    Verdict.TO_IMPROVE,
                    message,
                    "An insult or a threat.",
                    "Be hard on the problem and soft on the people: state your limit without"
                        + " attacking the person across the table."));
  }

  private void closing(Ending ending, JointValue joint) {
    Message last = transcript.isEmpty() ? null : transcript.getLast();
    switch (ending) {
      case DEAL -> {
        int claimed = joint.claimedPercent().orElse(0);
        add(
            Category.CLOSING,
            claimed >= 50 ? Verdict.STRENGTH : Verdict.NOTE,
            last,
            "You closed the deal at " + claimed + " % of the zone of agreement in your favour.",
            claimed >= 50
                ? "Confirm the whole package in writing, as you did, before you celebrate."
                : "Before you accept, try one more counter-offer: the other side had room left.");
        if (!joint.onFrontier()) {
          add(
              Category.CLOSING,
              Verdict.TO_IMPROVE,
              last,
              "The deal left value on the table for both sides.",
              "Before you agree, ask whether another mix of the issues would be better for both:"
                  + " the debrief shows one.");
        }
      }
      case PERSON_WALKED_AWAY ->
          add(
              Category.CLOSING,
              lastOfferBeatWalkAway() ? Verdict.TO_IMPROVE : Verdict.STRENGTH,
              last,
              lastOfferBeatWalkAway()
                  ? "You walked away from an offer that met all your walk-away points."
                  : "You walked away rather than accept less than your walk-away points.",
              lastOfferBeatWalkAway()
                  ? "Before you walk away, compare the last offer with your outside option."
                  : "Walking away at your limit is a strength; say your limit a round earlier so"
                      + " the other side can still meet it.");
      case PERSONA_WALKED_AWAY ->
          add(
              Category.CLOSING,
              Verdict.NOTE,
              last,
              "The " + counterpart + " walked away: the sides were too far apart late on.",
              "Move towards a deal earlier, or name your final offer before the last rounds.");
      case EXPIRED ->
          add(
              Category.CLOSING,
              Verdict.TO_IMPROVE,
              last,
              "Time ran out before a deal.",
              "Watch the rounds left: make your final offer while the other side can still take"
                  + " it.");
      case ENDED_WITHOUT_DEAL -> {}
    }
  }

  /** True when the persona's last offer met every walk-away point of the person. */
  private boolean lastOfferBeatWalkAway() {
    List<Position> theirs = positions.by(Side.PERSONA);
    return !theirs.isEmpty() && scenario.acceptableTo(Side.PERSON, theirs.getLast().whole());
  }

  /**
   * How much of the person's concession room on an issue (target to walk-away point) {@code terms}
   * gave up, 0..1.
   */
  private double given(Issue issue, Terms terms) {
    IssuePreference mine = scenario.personBrief().preferences().of(issue.key());
    double target = mine.issueUtility(issue, mine.target());
    double floor = mine.issueUtility(issue, mine.reservation());
    double at = mine.issueUtility(issue, terms.valueOf(issue.key()).orElse(mine.target()));
    return target - floor <= EPSILON
        ? 0
        : Math.max(0, Math.min(1, (target - at) / (target - floor)));
  }

  private void add(
      Category category, Verdict verdict, Message message, String observation, String tip) {
    out.add(
        new Annotation(
            category,
            verdict,
            Optional.ofNullable(message).map(Message::sequence),
            message == null ? "" : message.content(),
            observation,
            tip));
  }

  private static String amount(Issue issue, double value) {
    return TermsSpeech.amount(issue, value);
  }

  private static String label(Issue issue) {
    return issue.label().toLowerCase(Locale.ROOT);
  }
}
