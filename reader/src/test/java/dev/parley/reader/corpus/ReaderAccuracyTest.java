package dev.parley.reader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.reader.OfferReading;
import dev.parley.reader.corpus.LabelledCorpus.Utterance;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every labelled utterance of the corpus and prints the accuracy per category. The targets
 * are issue 14's: every category at least 95 %, and a message that makes no offer read as one in
 * less than 1 % of such messages.
 */
class ReaderAccuracyTest {

  private static final double CATEGORY_TARGET = 0.95;
  private static final double FALSE_OFFER_LIMIT = 0.01;
  private static final double HELD_OUT_FLOOR = 0.80;
  private static final double HELD_OUT_FALSE_OFFER_LIMIT = 0.08;

  private final ScenarioCatalogue catalogue = ScenarioLibrary.builtIn();
  private final OfferReading reading = new OfferReading();

  record Outcome(Utterance utterance, Move read) {
    boolean right() {
      return Readings.same(utterance.expected(), read);
    }

    boolean falseOffer() {
      return !(utterance.expected() instanceof Move.CounterOffer)
          && read instanceof Move.CounterOffer;
    }
  }

  @Test
  void every_category_is_read_right_and_no_talk_becomes_an_offer() {
    List<Outcome> outcomes =
        Stream.of("salary-offer", "freelance-contract", "used-car")
            .map(LabelledCorpus::load)
            .flatMap(corpus -> corpus.utterances().stream())
            .map(this::read)
            .toList();
    AccuracyReport report = AccuracyReport.of(outcomes);
    System.out.println(report.table());
    report.misreads().forEach(System.out::println);

    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(300);
    assertThat(report.belowTarget(CATEGORY_TARGET)).as("categories below 95 %").isEmpty();
    assertThat(report.falseOfferRate())
        .as("non-offers read as offers")
        .isLessThan(FALSE_OFFER_LIMIT);
  }

  /**
   * Utterances written afterwards by someone who had not seen the reader's rules, and never used to
   * tune them: the honest measure of how the reader does on new sentences. Every folder {@code
   * /corpus/holdout<suffix>/} with utterances is read and reported on its own; there must be one
   * (fold a set into the corpus only with its successor written). Its floor only guards against a
   * change that makes the reader much worse; the per-category targets are the corpus's.
   */
  @Test
  void held_out_utterances_are_mostly_read_right() {
    Map<String, List<LabelledCorpus>> sets = LabelledCorpus.heldOut();
    assertThat(sets).as("held-out utterances in /corpus/holdout*/").isNotEmpty();
    for (Map.Entry<String, List<LabelledCorpus>> set : sets.entrySet()) {
      List<Outcome> outcomes =
          set.getValue().stream()
              .flatMap(corpus -> corpus.utterances().stream())
              .map(this::read)
              .toList();
      AccuracyReport report = AccuracyReport.of(outcomes);
      System.out.println("HELD OUT " + set.getKey() + "\n" + report.table());
      report.misreads().forEach(System.out::println);

      assertThat(report.accuracy())
          .as(set.getKey() + " accuracy")
          .isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
      assertThat(report.falseOfferRate())
          .as(set.getKey() + " non-offers read as offers")
          .isLessThan(HELD_OUT_FALSE_OFFER_LIMIT);
    }
  }

  private Outcome read(Utterance utterance) {
    Scenario scenario = catalogue.find(utterance.scenarioId()).orElseThrow();
    Move read =
        reading
            .read(
                utterance.text(),
                scenario,
                utterance.onTable(),
                utterance.today().atTime(12, 0).toInstant(ZoneOffset.UTC))
            .move();
    return new Outcome(utterance, read);
  }

  /** Accuracy per category, and what was misread. */
  record AccuracyReport(
      Map<String, int[]> byCategory, List<Outcome> wrong, int falseOffers, int nonOffers) {

    static AccuracyReport of(List<Outcome> outcomes) {
      Map<String, int[]> byCategory = new TreeMap<>();
      List<Outcome> wrong = new ArrayList<>();
      int falseOffers = 0;
      int nonOffers = 0;
      for (Outcome outcome : outcomes) {
        int[] counts = byCategory.computeIfAbsent(outcome.utterance().category(), c -> new int[2]);
        counts[1]++;
        if (outcome.right()) {
          counts[0]++;
        } else {
          wrong.add(outcome);
        }
        if (!(outcome.utterance().expected() instanceof Move.CounterOffer)) {
          nonOffers++;
          falseOffers += outcome.falseOffer() ? 1 : 0;
        }
      }
      return new AccuracyReport(byCategory, wrong, falseOffers, nonOffers);
    }

    double accuracy() {
      return (double) (total() - wrong.size()) / total();
    }

    private int total() {
      return byCategory.values().stream().mapToInt(counts -> counts[1]).sum();
    }

    double falseOfferRate() {
      return nonOffers == 0 ? 0 : (double) falseOffers / nonOffers;
    }

    List<String> belowTarget(double target) {
      return byCategory.entrySet().stream()
          .filter(entry -> (double) entry.getValue()[0] / entry.getValue()[1] < target)
          .map(Map.Entry::getKey)
          .toList();
    }

    String table() {
      StringBuilder table =
          new StringBuilder("| category | right | of | accuracy |\n|---|---|---|---|\n");
      int right = 0;
      int all = 0;
      for (Map.Entry<String, int[]> entry : byCategory.entrySet()) {
        int[] counts = entry.getValue();
        right += counts[0];
        all += counts[1];
        table.append(row(entry.getKey(), counts[0], counts[1]));
      }
      table.append(row("**all**", right, all));
      table.append(
          String.format(
              "%nnon-offers read as offers: %d of %d (%.1f %%)%n",
              falseOffers, nonOffers, 100 * falseOfferRate()));
      return table.toString();
    }

    private static String row(String category, int right, int of) {
      return String.format("| %s | %d | %d | %.1f %% |%n", category, right, of, 100.0 * right / of);
    }

    List<String> misreads() {
      return wrong.stream()
          .map(
              outcome ->
                  String.format(
                      "MISREAD %s:%d [%s] %s%n    expected %s, read %s",
                      outcome.utterance().scenarioId(),
                      outcome.utterance().line(),
                      outcome.utterance().category(),
                      outcome.utterance().text(),
                      Readings.describe(outcome.utterance().expected()),
                      Readings.describe(outcome.read())))
          .toList();
    }
  }
}
