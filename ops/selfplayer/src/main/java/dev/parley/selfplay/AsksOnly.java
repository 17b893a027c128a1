package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.Locale;
import java.util.SplittableRandom;

/** Never proposes, accepts or leaves: asks one question after another until time runs out. */
final class AsksOnly extends Script {

  AsksOnly(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    Issue issue = scenario.issues().get(roll(scenario.issues().size()));
    String name = issue.label().toLowerCase(Locale.ROOT);
    String text =
        fresh(
            "What can you offer me?",
            "How did you arrive at that?",
            "How flexible are you on the " + name + "?",
            "Why is the " + name + " set where it is?",
            "What matters most to you in this deal?",
            "Is there any room to move?",
            "What would make this work for you?",
            "Could you explain your reasoning?",
            "Where do you have flexibility?",
            "What happens if we don't agree today?",
            "Is that really the best you can do?",
            "How does the " + name + " compare with what others get?",
            "Which part of the package is hardest for you?",
            "Can you tell me more about the " + name + "?",
            "What would you need from me to improve the offer?",
            "Why not more on the " + name + "?");
    return new Line(text, new Move.Ask());
  }
}
