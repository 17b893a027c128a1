package dev.parley.selfplay;

import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.debrief.Debriefing;
import dev.parley.domain.debrief.Ending;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.ManagingRelationships;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ChatReading;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/** Plays one session of a style against a persona on a scenario and measures it. */
final class SessionPlay {

  private final ChatReading reader;
  private final Debriefing debriefing = new Debriefing(new Scoring());

  SessionPlay(ChatReading reader) {
    this.reader = reader;
  }

  Session play(Style style, Persona persona, Scenario scenario, int index, long seed) {
    Positions learnersView = new Positions(scenario);
    WatchedPersona watched = new WatchedPersona(persona, learnersView::acceptable);
    ReadLearner learner =
        new ReadLearner(style.learner(scenario, new SplittableRandom(seed)), reader);
    // the personas draw their wording from the negotiation id: one per session
    Rehearsal.Outcome outcome = Rehearsal.play(watched, scenario, learner, new UUID(seed, index));
    List<ReadLearner.Reading> readings = learner.readings();
    List<String> notes = new ArrayList<>();
    for (ReadLearner.Reading reading : readings) {
      if (reading.misread()) {
        notes.add(
            "misread: \""
                + reading.text()
                + "\" meant "
                + Moves.describe(reading.intended())
                + ", read "
                + Moves.describe(reading.read()));
      }
    }
    if (watched.declined() > 0) {
      notes.add(
          "the learner said no to "
              + watched.declined()
              + " restated acceptance(s) of a package beyond its limits");
    }
    watched.leaks().forEach(leak -> notes.add("leak (" + leak.what() + "): " + leak.text()));
    watched.repeats().forEach(sentence -> notes.add("repeated: " + sentence));
    boolean beyond =
        outcome
            .deal()
            .filter(
                deal ->
                    !scenario.acceptableTo(Side.PERSON, deal)
                        || !scenario.acceptableTo(Side.PERSONA, deal))
            .isPresent();
    if (beyond) {
      notes.add("deal beyond a reservation: " + outcome.deal().orElseThrow());
    }
    Terms walkAway = scenario.personBrief().preferences().reservationPackage(scenario.issues());
    double utility = scenario.utility(Side.PERSON, outcome.deal().orElse(walkAway));
    return new Session(
        style,
        persona.descriptor().id(),
        scenario.id(),
        index,
        seed,
        ending(outcome, readings),
        outcome.deal().isPresent(),
        outcome.rounds(),
        outcome.score().claimingValue(),
        outcome.score().creatingValue(),
        outcome.score().managingRelationships(),
        outcome.score().overall(),
        utility,
        beyond,
        watched.leaks().size(),
        watched.sentenceCount(),
        watched.repeats().size(),
        readings.size(),
        (int) readings.stream().filter(ReadLearner.Reading::misread).count(),
        List.copyOf(notes),
        transcript(outcome, readings),
        remarks(scenario, outcome, readings),
        readAsTheServerKeepsIt(outcome, readings).stream()
            .filter(message -> message.sender() == Sender.USER)
            .anyMatch(ManagingRelationships::asks));
  }

  /** The debrief's annotations of the session, as the server would write them at its ending. */
  private Set<String> remarks(
      Scenario scenario, Rehearsal.Outcome outcome, List<ReadLearner.Reading> readings) {
    Ending ending =
        outcome.deal().isPresent()
            ? Ending.DEAL
            : outcome
                .walkedAway()
                .map(
                    side ->
                        side == Side.PERSON
                            ? Ending.PERSON_WALKED_AWAY
                            : Ending.PERSONA_WALKED_AWAY)
                .orElse(Ending.EXPIRED);
    Debrief debrief =
        debriefing.of(
            scenario,
            ending,
            outcome.deal(),
            readAsTheServerKeepsIt(outcome, readings),
            outcome.score());
    Set<String> remarks = new TreeSet<>();
    debrief
        .annotations()
        .forEach(
            annotation ->
                remarks.add(
                    annotation.category().name().toLowerCase(Locale.ROOT)
                        + ":"
                        + annotation.verdict().name().toLowerCase(Locale.ROOT)));
    return remarks;
  }

  /** The transcript with each learner message's reading kept, as the server stores it. */
  private static List<Message> readAsTheServerKeepsIt(
      Rehearsal.Outcome outcome, List<ReadLearner.Reading> readings) {
    List<Message> kept = new ArrayList<>();
    int learner = 0;
    for (Message m : outcome.transcript()) {
      if (m.sender() == Sender.USER && learner < readings.size()) {
        ReadAs readAs = ReadAs.of(readings.get(learner++).played(), 1.0, true);
        kept.add(
            new Message(
                m.id(),
                m.negotiationId(),
                m.sequence(),
                m.sender(),
                m.content(),
                m.aiMetadata(),
                m.proposal(),
                m.createdAt(),
                m.read(),
                Optional.of(readAs)));
      } else {
        kept.add(m);
      }
    }
    return kept;
  }

  private static List<String> transcript(
      Rehearsal.Outcome outcome, List<ReadLearner.Reading> readings) {
    List<String> lines = new ArrayList<>();
    int learner = 0;
    for (Message message : outcome.transcript()) {
      if (message.sender() == Sender.USER && learner < readings.size()) {
        ReadLearner.Reading reading = readings.get(learner++);
        lines.add(
            "learner: "
                + message.content()
                + "  [meant "
                + Moves.describe(reading.intended())
                + ", read "
                + Moves.describe(reading.read())
                + ", played "
                + Moves.describe(reading.played())
                + "]");
      } else {
        lines.add(
            "persona: "
                + message.content()
                + "  ["
                + (message.proposal().isEmpty() ? "" : message.proposal().values())
                + "]");
      }
    }
    return List.copyOf(lines);
  }

  private static String ending(Rehearsal.Outcome outcome, List<ReadLearner.Reading> readings) {
    if (outcome.deal().isPresent()) {
      boolean learnerAccepted =
          !readings.isEmpty()
              && readings.getLast().played() instanceof dev.parley.domain.persona.Move.Accept;
      return learnerAccepted ? "deal by learner" : "deal by persona";
    }
    return outcome
        .walkedAway()
        .map(side -> side == Side.PERSON ? "learner walked away" : "persona walked away")
        .orElse("expired");
  }
}
