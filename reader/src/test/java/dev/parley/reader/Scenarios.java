package dev.parley.reader;

import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The vocabularies and tables the reader tests read against. */
final class Scenarios {
  /** A Thursday. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  static final List<IssueVocabulary> SALARY =
      List.of(
          new IssueVocabulary(
              "salary",
              Unit.MONEY,
              List.of("salary", "base", "base salary", "pay", "comp", "compensation", "wage"),
              50_000,
              200_000),
          new IssueVocabulary(
              "signing_bonus",
              Unit.MONEY,
              List.of("signing bonus", "sign-on bonus", "sign on", "signing", "bonus"),
              0,
              50_000),
          new IssueVocabulary(
              "start_date",
              Unit.DAYS_FROM_NOW,
              List.of("start", "start date", "starting", "begin", "join"),
              0,
              120),
          new IssueVocabulary(
              "remote_days",
              Unit.DAYS_PER_WEEK,
              List.of("remote", "remotely", "wfh", "work from home", "from home", "home office"),
              0,
              5,
              List.of("office", "in office", "in the office", "onsite", "on site", "in person")),
          new IssueVocabulary(
              "vacation_days",
              Unit.DAYS_PER_YEAR,
              List.of(
                  "vacation", "pto", "holiday", "holidays", "time off", "paid time off", "leave"),
              10,
              40));

  static final ReadingContext SALARY_TABLE =
      ReadingContext.of(
          Terms.of(
              Map.of(
                  "salary", 80_000.0,
                  "signing_bonus", 10_000.0,
                  "start_date", 30.0,
                  "remote_days", 2.0,
                  "vacation_days", 20.0)),
          TODAY);

  static final List<IssueVocabulary> FREELANCE =
      List.of(
          new IssueVocabulary(
              "hourly_rate",
              Unit.MONEY_PER_HOUR,
              List.of("rate", "hourly rate", "hourly"),
              30,
              300),
          new IssueVocabulary(
              "contract_months",
              Unit.MONTHS,
              List.of("contract", "term", "engagement", "duration", "length"),
              1,
              24));

  static final ReadingContext FREELANCE_TABLE =
      ReadingContext.of(Terms.of(Map.of("hourly_rate", 90.0, "contract_months", 3.0)), TODAY);

  /** A used-car purchase; its names are stems ("deliver") the reader must stretch. */
  static final List<IssueVocabulary> CAR =
      List.of(
          new IssueVocabulary("price", Unit.MONEY, List.of("cost", "pay", "offer"), 15_000, 25_000),
          new IssueVocabulary(
              "warranty_months", Unit.MONTHS, List.of("warranty", "guarantee", "cover"), 0, 24),
          new IssueVocabulary(
              "delivery_days",
              Unit.DAYS_FROM_NOW,
              List.of("deliver", "pick up", "pickup", "handover"),
              0,
              30),
          new IssueVocabulary(
              "free_services",
              Unit.COUNT,
              List.of("services", "service", "free service", "servicing"),
              0,
              6),
          new IssueVocabulary(
              "upfront_deposit",
              Unit.PERCENT,
              List.of("deposit", "upfront", "down payment"),
              0,
              50));

  static final ReadingContext CAR_TABLE =
      ReadingContext.of(
          Terms.of(
              Map.of(
                  "price", 20_000.0,
                  "warranty_months", 6.0,
                  "delivery_days", 14.0,
                  "free_services", 1.0,
                  "upfront_deposit", 20.0)),
          TODAY);

  private Scenarios() {}
}
