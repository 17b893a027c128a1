package dev.parley.benchmarks;

import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ChatReading;
import dev.parley.persona.api.PersonaExtension;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.collaborative.CollaborativePersonaExtension;
import dev.parley.persona.hardball.HardballPersonaExtension;
import dev.parley.reader.OfferReading;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One persona turn as the server runs it for a chat message: the reader reads the learner's text,
 * then the persona decides, words its reply and guards it against leaking its limits. The turns are
 * those of real rehearsals of each built-in persona against a scripted learner, replayed until
 * there are {@value #TURNS}, so later turns carry longer transcripts. Reported per turn.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PersonaTurnBenchmark {
  static final int TURNS = 20;

  private static final List<String> LEARNER =
      List.of(
          "Hi! Thanks for the offer, could you tell me more about the team?",
          "I was hoping for something closer to 95k, given my experience.",
          "Why is the budget fixed at that level?",
          "ok, what about 92k base, 5k signing bonus, start in 4 weeks, 3 days remote, 25 days"
              + " vacation",
          "remote work matters a lot to me, salary a little less",
          "Sorry, I meant 90k, not 92k.",
          "that's too low for me",
          "could you do 3 remote days if I take 88k?",
          "my current employer pays 85k, so I need more than that",
          "how flexible is the start date?",
          "I'd accept 89k with 3 remote days and 25 days vacation, signing bonus 4k, start in a"
              + " month",
          "hmm, sounds good but let me think about the bonus");

  @Param({"hardball-recruiter", "collaborative-manager"})
  public String personaId;

  private final ChatReading reading = new OfferReading();
  private Persona persona;
  private Scenario scenario;
  private final List<PersonaTurn> turns = new ArrayList<>();

  @Setup
  public void rehearse() {
    PersonaExtension extension =
        personaId.startsWith("hardball")
            ? new HardballPersonaExtension()
            : new CollaborativePersonaExtension();
    Persona built = extension.create(PersonaSettings.of(Map.of())).orElseThrow();
    scenario = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();
    Persona recording =
        new Persona() {
          @Override
          public dev.parley.domain.persona.PersonaDescriptor descriptor() {
            return built.descriptor();
          }

          @Override
          public PersonaReply reply(PersonaTurn turn) {
            turns.add(turn);
            return built.reply(turn);
          }
        };
    long game = 0;
    while (turns.size() < TURNS) {
      int before = turns.size();
      Rehearsal.play(recording, scenario, this::learnerSays, new UUID(7, game++));
      if (turns.size() == before) {
        throw new IllegalStateException("the rehearsal produced no persona turn");
      }
    }
    turns.subList(TURNS, turns.size()).clear();
    persona = built;
  }

  /** The next scripted line, read by the same reader; moves that would end the game are talk. */
  private Rehearsal.Said learnerSays(Rehearsal.Table table) {
    String text = LEARNER.get(table.round() % LEARNER.size());
    Move move = reading.read(text, scenario, table.onTable(), Instant.EPOCH).move();
    if (!(move instanceof Move.CounterOffer offer)
        || offer.terms().values().size() < issueCount()) {
      move = move instanceof Move.Ask ? move : new Move.Talk();
    } else {
      move = new Move.CounterOffer(snapped(offer.terms())); // as SendingAMessage snaps it
    }
    return new Rehearsal.Said(text, move);
  }

  private Terms snapped(Terms terms) {
    Terms snapped = Terms.NONE;
    for (var issue : scenario.issues()) {
      var value = terms.valueOf(issue.key());
      if (value.isPresent()) {
        snapped = snapped.with(issue.key(), issue.snap(value.get()));
      }
    }
    return snapped;
  }

  private int issueCount() {
    return scenario.issues().size();
  }

  @Benchmark
  @OperationsPerInvocation(TURNS)
  public void readDecideWordAndGuard(Blackhole sink) {
    for (int i = 0; i < TURNS; i++) {
      PersonaTurn turn = turns.get(i);
      String learnersText = turn.transcript().getLast().content();
      sink.consume(reading.read(learnersText, scenario, turn.onTable(), Instant.EPOCH));
      sink.consume(persona.reply(turn));
    }
  }
}
