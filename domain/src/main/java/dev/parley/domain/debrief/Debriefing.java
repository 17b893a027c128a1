package dev.parley.domain.debrief;

import dev.parley.domain.debrief.JointValue.Point;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.ClaimingValue;
import dev.parley.domain.scoring.ManagingRelationships;
import dev.parley.domain.scoring.ParetoFrontier;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.TermsSpeech;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Produces the {@link Debrief} of a finished negotiation. Stateless apart from cached frontiers.
 */
public final class Debriefing {

  private static final double EPSILON = 1e-9;

  private final Scoring scoring;

  public Debriefing(Scoring scoring) {
    this.scoring = scoring;
  }

  /** The debrief of a negotiation of {@code scenario} that ended so, with this score. */
  public Debrief of(
      Scenario scenario,
      Ending ending,
      Optional<Terms> deal,
      List<Message> transcript,
      FinalScore score) {
    Optional<Terms> complete = deal.filter(scenario::complete);
    JointValue joint = joint(scenario, complete);
    return new Debrief(
        ending,
        complete,
        zones(scenario, complete),
        joint,
        Annotations.of(scenario, transcript, complete, ending, joint),
        acrossTheTable(scenario, transcript),
        score,
        traces(scenario, transcript, score));
  }

  private static List<IssueZone> zones(Scenario scenario, Optional<Terms> deal) {
    List<IssueZone> zones = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      IssuePreference person = scenario.personBrief().preferences().of(issue.key());
      IssuePreference persona = scenario.counterpart().preferences().of(issue.key());
      List<Double> both =
          issue.values().stream().filter(person::acceptable).filter(persona::acceptable).toList();
      Optional<IssueZone.Range> zone =
          both.isEmpty()
              ? Optional.empty()
              : Optional.of(new IssueZone.Range(both.getFirst(), both.getLast()));
      Optional<Double> value = deal.flatMap(terms -> terms.valueOf(issue.key()));
      Optional<Integer> claimed =
          zone.flatMap(range -> value.map(v -> claimedOn(range, person, v)));
      zones.add(
          new IssueZone(
              issue.key(),
              issue.label(),
              new IssueZone.Limits(person.reservation(), person.target()),
              new IssueZone.Limits(persona.reservation(), persona.target()),
              zone,
              value,
              claimed));
    }
    return zones;
  }

  /** Where {@code value} lies in {@code range}, 0 at the end worst for the person, 100 at best. */
  private static int claimedOn(IssueZone.Range range, IssuePreference person, double value) {
    if (range.high() - range.low() <= EPSILON) {
      return 100;
    }
    double clamped = Math.max(range.low(), Math.min(range.high(), value));
    double up = (clamped - range.low()) / (range.high() - range.low());
    double share =
        person.direction() == dev.parley.domain.scenario.Direction.HIGHER_IS_BETTER ? up : 1 - up;
    return (int) Math.round(100 * share);
  }

  private JointValue joint(Scenario scenario, Optional<Terms> deal) {
    double walkAway = scenario.utility(Side.PERSON, ClaimingValue.personsWalkAwayPackage(scenario));
    double best =
        scenario.utility(Side.PERSON, ClaimingValue.bestPackageThePersonaAccepts(scenario));
    ParetoFrontier acceptable = scoring.acceptableFrontierOf(scenario);
    List<Point> frontier =
        acceptable.points().stream().map(p -> new Point(p.person(), p.persona())).toList();
    boolean possible = !acceptable.points().isEmpty();
    if (deal.isEmpty()) {
      Optional<Terms> bestPossible =
          acceptable.points().stream()
              .max(Comparator.comparingDouble(ParetoFrontier.Point::joint))
              .map(ParetoFrontier.Point::terms);
      return new JointValue(
          walkAway,
          best,
          Optional.empty(),
          Optional.empty(),
          frontier,
          false,
          Optional.empty(),
          possible,
          bestPossible);
    }
    double forPerson = scenario.utility(Side.PERSON, deal.get());
    double forPersona = scenario.utility(Side.PERSONA, deal.get());
    int claimed = ClaimingValue.of(scenario, deal.get());
    Optional<ParetoFrontier.Point> better =
        acceptable.points().stream()
            .filter(p -> p.person() > forPerson + EPSILON && p.persona() > forPersona + EPSILON)
            .max(Comparator.comparingDouble(ParetoFrontier.Point::joint));
    boolean onFrontier = acceptable.isParetoOptimal(forPerson, forPersona);
    return new JointValue(
        walkAway,
        best,
        Optional.of(new Point(forPerson, forPersona)),
        Optional.of(claimed),
        frontier,
        onFrontier,
        better.map(ParetoFrontier.Point::terms),
        possible,
        Optional.empty());
  }

  private static List<AcrossTheTable> acrossTheTable(Scenario scenario, List<Message> transcript) {
    List<AcrossTheTable> rows = new ArrayList<>();
    for (int i = 0; i < transcript.size(); i++) {
      Message message = transcript.get(i);
      if (message.sender() != Sender.USER) {
        continue;
      }
      Optional<Message> reply =
          transcript.subList(i + 1, transcript.size()).stream()
              .filter(next -> next.sender() != Sender.SYSTEM)
              .findFirst()
              .filter(next -> next.sender() == Sender.AI);
      rows.add(
          new AcrossTheTable(
              message.sequence(),
              message.content(),
              message.readAs().map(readAs -> words(readAs, scenario)).orElse("not recorded"),
              reply.map(Message::content).orElse(""),
              reply.flatMap(Message::aiMetadata).map(m -> m.reasoning()).orElse("")));
    }
    return rows;
  }

  /** A reading in words: "an offer: salary at 95,000", "a question". */
  static String words(ReadAs readAs, Scenario scenario) {
    return switch (readAs.kind()) {
      case OFFER ->
          (readAs.tabled() ? "an offer: " : "a possible offer, checked with you first: ")
              + TermsSpeech.describe(readAs.terms(), scenario);
      case ACCEPT -> "a yes";
      case REJECT -> "a no";
      case WALK_AWAY -> "walking away";
      case QUESTION -> "a question";
      case TALK -> "talk, with no move";
    };
  }

  private static List<ScoreTrace> traces(
      Scenario scenario, List<Message> transcript, FinalScore score) {
    List<Long> offers = new ArrayList<>();
    List<Long> relationship = new ArrayList<>();
    int reasons = 0;
    int questions = 0;
    int hostile = 0;
    for (Message message : transcript) {
      if (message.sender() != Sender.USER) {
        continue;
      }
      if (!message.proposal().isEmpty()) {
        offers.add(message.sequence());
      }
      boolean reason = ManagingRelationships.givesReason(message.content());
      boolean asks = ManagingRelationships.asks(message);
      boolean attacks = ManagingRelationships.hostile(message.content());
      reasons += reason ? 1 : 0;
      questions += asks ? 1 : 0;
      hostile += attacks ? 1 : 0;
      if (reason || asks || attacks) {
        relationship.add(message.sequence());
      }
    }
    Optional<Long> closing =
        transcript.isEmpty() ? Optional.empty() : Optional.of(transcript.getLast().sequence());
    List<Long> dealTurns = new ArrayList<>(offers);
    closing.ifPresent(dealTurns::add);
    return List.of(
        new ScoreTrace(
            "claiming_value",
            score.claimingValue(),
            dealTurns,
            score.claimingValue() == 0 && score.creatingValue() == 0
                ? "No deal: no value was claimed."
                : "Where the deal landed between your walk-away package and the best package the "
                    + scenario.counterpart().role().toLowerCase(Locale.ROOT)
                    + " would accept; your offers moved it."),
        new ScoreTrace(
            "creating_value",
            score.creatingValue(),
            dealTurns,
            score.creatingValue() == 100
                ? "The deal is on the Pareto frontier: no package was better for both."
                : "How much of the joint value still available from the deal it reached."),
        new ScoreTrace(
            "managing_relationships",
            score.managingRelationships(),
            relationship,
            reasons
                + " of your messages gave reasons, "
                + questions
                + " asked questions, "
                + hostile
                + " threatened or insulted; concessions answered count too."));
  }
}
