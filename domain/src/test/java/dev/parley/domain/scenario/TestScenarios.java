package dev.parley.domain.scenario;

import static dev.parley.domain.scenario.Direction.HIGHER_IS_BETTER;
import static dev.parley.domain.scenario.Direction.LOWER_IS_BETTER;
import static dev.parley.domain.scenario.IssueKind.COMPATIBLE;
import static dev.parley.domain.scenario.IssueKind.DISTRIBUTIVE;
import static dev.parley.domain.scenario.IssueKind.INTEGRATIVE;

import dev.parley.domain.terms.Unit;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain's test scenarios, written in Java so the domain's tests do not move when a teacher
 * edits the scenario files the product ships (those are read by {@code adapters/scenarios}). They
 * began as the first built-in scenarios; each issue is one {@link IssueRow} holding the issue and
 * both sides' preferences, so a scenario reads as a table.
 */
public final class TestScenarios {

  /** One line of a scenario table: an issue and what each side privately wants from it. */
  public record IssueRow(Issue issue, IssuePreference person, IssuePreference persona) {}

  private TestScenarios() {}

  public static ScenarioCatalogue catalogue() {
    return new ScenarioCatalogue(List.of(salaryOffer(), freelanceContract(), usedCarPurchase()));
  }

  /** Builds a scenario from its table rows. */
  public static Scenario scenario(
      String id,
      String title,
      String description,
      String personRole,
      String situation,
      String bestAlternative,
      String personaRole,
      Duration timeLimit,
      int roundLimit,
      List<IssueRow> rows) {
    Map<String, IssuePreference> person = new LinkedHashMap<>();
    Map<String, IssuePreference> persona = new LinkedHashMap<>();
    rows.forEach(
        row -> {
          person.put(row.issue().key(), row.person());
          persona.put(row.issue().key(), row.persona());
        });
    return new Scenario(
        id,
        title,
        description,
        rows.stream().map(IssueRow::issue).toList(),
        new PersonBrief(personRole, situation, new Preferences(person), bestAlternative),
        new PrivateValues(personaRole, new Preferences(persona)),
        timeLimit,
        roundLimit);
  }

  private static IssueRow row(Issue issue, IssuePreference person, IssuePreference persona) {
    return new IssueRow(issue, person, persona);
  }

  private static IssuePreference wants(
      double weight, Direction direction, double reservation, double target) {
    return new IssuePreference(weight, direction, reservation, target);
  }

  /** The seed's salary offer: the person is the candidate, the persona the hiring manager. */
  static Scenario salaryOffer() {
    return scenario(
        "salary-offer",
        "Salary offer",
        "You have a job offer for a senior engineer role. Agree the package with the hiring manager.",
        "Candidate",
        "You like the team and want the job, but not at any price.",
        "Another company offered 78,000 with 2 remote days and 22 vacation days.",
        "Hiring manager",
        Duration.ofMinutes(30),
        12,
        List.of(
            row(
                new Issue("salary", "Salary", Unit.MONEY, DISTRIBUTIVE, 60_000, 120_000, 1_000)
                    .calledAlso(
                        List.of("base", "base salary", "pay", "compensation", "comp", "wage"),
                        List.of()),
                wants(0.50, HIGHER_IS_BETTER, 75_000, 95_000),
                wants(0.60, LOWER_IS_BETTER, 92_000, 72_000)),
            row(
                new Issue(
                        "signing_bonus", "Signing bonus", Unit.MONEY, INTEGRATIVE, 0, 20_000, 1_000)
                    .calledAlso(
                        List.of("sign-on bonus", "sign on bonus", "signing", "bonus"), List.of()),
                wants(0.15, HIGHER_IS_BETTER, 0, 10_000),
                wants(0.05, LOWER_IS_BETTER, 15_000, 0)),
            row(
                new Issue("start_date", "Start date", Unit.DAYS_FROM_NOW, INTEGRATIVE, 7, 91, 7)
                    .calledAlso(List.of("start", "starting", "begin", "join"), List.of()),
                wants(0.05, HIGHER_IS_BETTER, 14, 56),
                wants(0.20, LOWER_IS_BETTER, 63, 14)),
            row(
                new Issue("remote_days", "Remote days", Unit.DAYS_PER_WEEK, COMPATIBLE, 0, 5, 1)
                    .calledAlso(
                        List.of(
                            "remote",
                            "remotely",
                            "wfh",
                            "work from home",
                            "from home",
                            "home office"),
                        List.of(
                            "office",
                            "in office",
                            "in the office",
                            "onsite",
                            "on site",
                            "in person")),
                wants(0.20, HIGHER_IS_BETTER, 1, 4),
                wants(0.05, HIGHER_IS_BETTER, 0, 3)),
            row(
                new Issue("vacation", "Vacation", Unit.DAYS_PER_YEAR, DISTRIBUTIVE, 15, 30, 1)
                    .calledAlso(
                        List.of(
                            "vacation days",
                            "pto",
                            "holiday",
                            "holidays",
                            "time off",
                            "paid time off",
                            "leave"),
                        List.of()),
                wants(0.10, HIGHER_IS_BETTER, 20, 28),
                wants(0.10, LOWER_IS_BETTER, 28, 20))));
  }

  /** A freelance contract: the person is the freelancer, the persona the client. */
  static Scenario freelanceContract() {
    return scenario(
        "freelance-contract",
        "Freelance contract",
        "A client wants you for a backend project. Agree the rate and the shape of the contract.",
        "Freelancer",
        "You have capacity from next month and want steady, well-paid work.",
        "A smaller client would take you at 70 per hour for 3 months, 20 hours a week.",
        "Client",
        Duration.ofMinutes(30),
        12,
        List.of(
            row(
                new Issue("rate", "Rate per hour", Unit.MONEY_PER_HOUR, DISTRIBUTIVE, 40, 150, 5)
                    .calledAlso(List.of("rate", "hourly rate", "hourly", "fee"), List.of()),
                wants(0.45, HIGHER_IS_BETTER, 70, 110),
                wants(0.60, LOWER_IS_BETTER, 100, 60)),
            row(
                new Issue("contract_months", "Contract length", Unit.MONTHS, COMPATIBLE, 1, 24, 1)
                    .calledAlso(
                        List.of("contract", "term", "engagement", "duration", "length"), List.of()),
                wants(0.20, HIGHER_IS_BETTER, 3, 12),
                wants(0.15, HIGHER_IS_BETTER, 2, 9)),
            row(
                new Issue("upfront_deposit", "Upfront deposit", Unit.PERCENT, INTEGRATIVE, 0, 50, 5)
                    .calledAlso(List.of("deposit", "upfront", "advance", "up front"), List.of()),
                wants(0.25, HIGHER_IS_BETTER, 0, 30),
                wants(0.05, LOWER_IS_BETTER, 40, 0)),
            row(
                new Issue("hours_per_week", "Hours per week", Unit.COUNT, INTEGRATIVE, 10, 40, 5)
                    .calledAlso(
                        List.of(
                            "hours",
                            "hours a week",
                            "hours per week",
                            "hours / week",
                            "weekly hours"),
                        List.of()),
                wants(0.10, LOWER_IS_BETTER, 40, 20),
                wants(0.20, HIGHER_IS_BETTER, 15, 35))));
  }

  /** Buying a used car: the person is the buyer, the persona the dealer. */
  static Scenario usedCarPurchase() {
    return scenario(
        "used-car",
        "Used car purchase",
        "You want a three-year-old estate car from a dealer. Agree the price and what comes with it.",
        "Buyer",
        "The car fits your family; you have financing for up to 21,000.",
        "A private seller offers a similar car for 19,500 with no warranty.",
        "Dealer",
        Duration.ofMinutes(20),
        10,
        List.of(
            row(
                new Issue("price", "Price", Unit.MONEY, DISTRIBUTIVE, 15_000, 25_000, 250)
                    .calledAlso(List.of("cost", "pay", "offer"), List.of()),
                wants(0.60, LOWER_IS_BETTER, 21_000, 17_500),
                wants(0.60, HIGHER_IS_BETTER, 18_500, 23_000)),
            row(
                new Issue("warranty_months", "Warranty", Unit.MONTHS, INTEGRATIVE, 0, 24, 3)
                    .calledAlso(List.of("warranty", "guarantee", "cover"), List.of()),
                wants(0.25, HIGHER_IS_BETTER, 0, 18),
                wants(0.10, LOWER_IS_BETTER, 24, 3)),
            row(
                new Issue("delivery_days", "Delivery", Unit.DAYS_FROM_NOW, INTEGRATIVE, 0, 30, 1)
                    .calledAlso(
                        List.of(
                            "deliver",
                            "delivery",
                            "pick up",
                            "pickup",
                            "pick it up",
                            "collect it",
                            "handover"),
                        List.of()),
                wants(0.10, LOWER_IS_BETTER, 30, 3),
                wants(0.20, HIGHER_IS_BETTER, 2, 14)),
            row(
                new Issue("free_services", "Free services", Unit.COUNT, COMPATIBLE, 0, 6, 1)
                    .calledAlso(
                        List.of("services", "service", "free service", "servicing"), List.of()),
                wants(0.05, HIGHER_IS_BETTER, 0, 3),
                wants(0.10, HIGHER_IS_BETTER, 0, 4))));
  }
}
