package dev.parley.selfplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small self-play run (two sessions per style, persona and scenario): no deal beyond either
 * side's limits, no leaked limit, and the style orderings that hold even at this size.
 */
class SelfPlayTest {

  private static List<Session> sessions;

  @BeforeAll
  static void play() {
    sessions = SelfPlayRun.play(Personas.all(), List.of(Style.values()), 2, 14);
  }

  @Test
  void everyStyleMeetsEveryPersonaOnEveryScenario() {
    assertThat(sessions).hasSize(Style.values().length * 3 * Scenarios.all().size() * 2);
    assertThat(sessions.stream().map(Session::persona).distinct())
        .containsExactly("hardball-recruiter", "collaborative-manager", "llm-negotiator");
  }

  @Test
  void noDealGoesBeyondEitherSidesReservationValues() {
    assertThat(sessions).noneMatch(Session::beyondReservation);
  }

  @Test
  void noPersonaNamesItsLimits() {
    assertThat(sessions.stream().mapToInt(Session::leaks).sum()).isZero();
  }

  @Test
  void theReaderReadsAlmostEveryScriptedMessageAsMeant() {
    Tally all = Tally.of(Tally.ALL, Tally.ALL, Tally.ALL, sessions);
    assertThat(all.learnerMessages()).isGreaterThan(500);
    assertThat(all.misreadRate()).isLessThan(0.05);
  }

  @Test
  void theLogrollerCreatesMoreValueThanTheFastConcederAgainstEveryPersona() {
    forEachPersona(Style.LOGROLLS, Style.CONCEDES_FAST, Tally::creating);
  }

  @Test
  void anchoringHighClaimsMoreThanConcedingFastAgainstEveryPersona() {
    forEachPersona(Style.ANCHORS_HIGH, Style.CONCEDES_FAST, Tally::claiming);
  }

  @Test
  void anchoringHighClaimsMoreThanTakingTheFirstOfferOverall() {
    List<Tally> styles = Tally.byStyle(sessions);
    assertThat(of(styles, Style.ANCHORS_HIGH).claiming())
        .isGreaterThan(of(styles, Style.ACCEPTS_FIRST_OFFER).claiming());
  }

  @Test
  void hostilityScoresLowestOnRelationshipAgainstEveryPersona() {
    for (String persona : personas()) {
      List<Tally> styles = Tally.byStyle(against(persona));
      double hostile = of(styles, Style.HOSTILE).relationship();
      for (Tally other : styles) {
        if (!other.style().equals(Style.HOSTILE.label())) {
          assertThat(hostile)
              .as("hostile vs %s, %s", other.style(), persona)
              .isLessThan(other.relationship());
        }
      }
    }
  }

  @Test
  void hardballAndCollaborativeLeaveTheSameLearnersMeasurablyDifferentlyOff() {
    assertThat(Orderings.personasDiffer(sessions))
        .hasValueSatisfying(c -> assertThat(c.pass()).isTrue());
  }

  @Test
  void theDebriefsRemarksAgreeWithWhatEachStyleDid() {
    assertThat(DebriefChecks.check(sessions))
        .allSatisfy(check -> assertThat(check.pass()).as(check.line()).isTrue());
  }

  @Test
  void theSameSeedPlaysTheSameSessions() {
    List<Session> again =
        SelfPlayRun.play(Personas.all(), List.of(Style.LOGROLLS, Style.HOSTILE), 1, 14);
    List<Session> first =
        sessions.stream()
            .filter(s -> s.index() == 0)
            .filter(s -> s.style() == Style.LOGROLLS || s.style() == Style.HOSTILE)
            .toList();
    assertThat(again).isEqualTo(first);
  }

  private static void forEachPersona(Style higher, Style lower, ToDoubleFunction<Tally> value) {
    for (String persona : personas()) {
      List<Tally> styles = Tally.byStyle(against(persona));
      assertThat(value.applyAsDouble(of(styles, higher)))
          .as("%s vs %s against %s", higher.label(), lower.label(), persona)
          .isGreaterThan(value.applyAsDouble(of(styles, lower)));
    }
  }

  private static List<String> personas() {
    return sessions.stream().map(Session::persona).distinct().toList();
  }

  private static List<Session> against(String persona) {
    return sessions.stream().filter(s -> s.persona().equals(persona)).toList();
  }

  private static Tally of(List<Tally> tallies, Style style) {
    return tallies.stream().filter(t -> t.style().equals(style.label())).findFirst().orElseThrow();
  }
}
