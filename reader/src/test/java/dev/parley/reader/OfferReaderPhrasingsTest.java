package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrasings the reader must understand, against a salary scenario (S: table salary 80k, signing
 * bonus 10k, start in 30 days, 2 remote days, 20 vacation days; today 2026-01-15) and a freelance
 * one (F: table 90 an hour, 3 months) and a used-car purchase (C: table 20k, 6 months warranty,
 * delivery in 14 days, 1 free service, 20% deposit). Columns: scenario | message | intent |
 * proposed | bounds | rejected | question. Terms read {@code key=value;...}; bounds {@code
 * key>=value} or {@code key<=value}.
 */
class OfferReaderPhrasingsTest {
  private static final OfferReader SALARY = new OfferReader(Scenarios.SALARY);
  private static final OfferReader FREELANCE = new OfferReader(Scenarios.FREELANCE);
  private static final OfferReader CAR = new OfferReader(Scenarios.CAR);

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # amounts in everyday forms
          S | 85k                                             | PROPOSE | salary=85000 | | | N
          S | $85,000                                         | PROPOSE | salary=85000 | | | N
          S | 85,000                                          | PROPOSE | salary=85000 | | | N
          S | 85 thousand                                     | PROPOSE | salary=85000 | | | N
          S | eighty-five thousand                            | PROPOSE | salary=85000 | | | N
          S | 85K USD                                         | PROPOSE | salary=85000 | | | N
          S | €90k                                            | PROPOSE | salary=90000 | | | N
          S | £95k base                                       | PROPOSE | salary=95000 | | | N
          S | 85,000 dollars                                  | PROPOSE | salary=85000 | | | N
          S | 85 000 €                                        | PROPOSE | salary=85000 | | | N
          S | 85k€                                            | PROPOSE | salary=85000 | | | N
          S | ８５ｋ                                            | PROPOSE | salary=85000 | | | N
          S | I was thinking 100 grand                        | PROPOSE | salary=100000 | | | N
          S | Let's say 87.5k                                 | PROPOSE | salary=87500 | | | N
          S | How about one hundred and ten thousand?         | PROPOSE | salary=110000 | | | Y
          S | I'd want 1.2 million                            | OTHER   | | | | N
          S | It costs $90                                    | OTHER   | | | | N
          S | a $500 signing bonus                            | PROPOSE | signing_bonus=500 | | | N
          S | 85k a year                                      | PROPOSE | salary=85000 | | | N
          S | 7k a month                                      | PROPOSE | salary=84000 | | | N
          S | I'm looking for a base salary of 95k            | PROPOSE | salary=95000 | | | N
          S | How about 92,500 for the base?                  | PROPOSE | salary=92500 | | | Y
          S | The bonus should be 12,500                      | PROPOSE | signing_bonus=12500 | | | N
          S | 20k signing bonus                               | PROPOSE | signing_bonus=20000 | | | N
          S | I'd need 20k                                    | PROPOSE | signing_bonus=20000 | | | N
          # several issues in one sentence
          S | 85k base, 15k signing bonus and 3 days remote   | PROPOSE | salary=85000;signing_bonus=15000;remote_days=3 | | | N
          S | I can do 90k with a 15k sign-on bonus           | PROPOSE | salary=90000;signing_bonus=15000 | | | N
          S | Salary 88k, bonus 12k                           | PROPOSE | salary=88000;signing_bonus=12000 | | | N
          S | I'd like 90k, 15k signing, 4 days remote and 25 days vacation, starting in 3 weeks | PROPOSE | salary=90000;signing_bonus=15000;remote_days=4;vacation_days=25;start_date=21 | | | N
          S | Start in 2 weeks, 3 days remote                 | PROPOSE | start_date=14;remote_days=3 | | | N
          S | I'll accept 90k if the signing bonus is 20k     | PROPOSE | salary=90000;signing_bonus=20000 | | | N
          # relative moves
          S | 5k more                                         | PROPOSE | salary=85000 | | | N
          S | another 10%                                     | PROPOSE | salary=88000 | | | N
          S | bump it by 3k                                   | PROPOSE | salary=83000 | | | N
          S | Can you bump the signing bonus by 5k?           | PROPOSE | signing_bonus=15000 | | | Y
          S | I'd like a 10% raise                            | PROPOSE | salary=88000 | | | N
          S | 5 more days of vacation                         | PROPOSE | vacation_days=25 | | | N
          S | Could we do 1 extra day remote?                 | PROPOSE | remote_days=3 | | | Y
          S | one more day of remote work                     | PROPOSE | remote_days=3 | | | N
          S | a little higher                                 | REJECT  | | | | N
          S | Could you go a little higher?                   | QUESTION | | | | Y
          # floors, ceilings, refusals
          S | not less than 80k                               | OTHER   | | | | N
          S | at least 80k                                    | OTHER   | | | | N
          S | I need a minimum of 90k                         | PROPOSE | | salary>=90000 | | N
          S | 95k or more                                     | PROPOSE | | salary>=95000 | | N
          S | Nothing less than 90k                           | PROPOSE | | salary>=90000 | | N
          S | I won't go below 85k                            | PROPOSE | | salary>=85000 | | N
          S | I refuse to take less than 85k                  | PROPOSE | | salary>=85000 | | N
          S | Over 100k would be great                        | PROPOSE | | salary>=100000 | | N
          S | no more than 2 days in office                   | PROPOSE | | remote_days>=3 | | N
          S | at most 2 days in the office                    | PROPOSE | | remote_days>=3 | | N
          S | I'd accept up to 3 days in office               | OTHER   | | | | N
          S | I can't accept 70k                              | REJECT  | | | salary=70000 | N
          S | 70k is too low                                  | REJECT  | | | salary=70000 | N
          S | 70k is too low, I need 90k                      | PROPOSE | salary=90000 | | salary=70000 | N
          # days, weeks and dates
          S | three days remote                               | PROPOSE | remote_days=3 | | | N
          S | 3 days remote                                   | PROPOSE | remote_days=3 | | | N
          S | I'd like to work from home 4 days a week        | PROPOSE | remote_days=4 | | | N
          S | fully remote                                    | PROPOSE | remote_days=5 | | | N
          S | 2 days in the office                            | PROPOSE | remote_days=3 | | | N
          S | start in two weeks                              | PROPOSE | start_date=14 | | | N
          S | I can start in 3 weeks                          | PROPOSE | start_date=21 | | | N
          S | I could start in a month                        | OTHER   | start_date=30 | | | N
          S | start on March 3rd                              | PROPOSE | start_date=47 | | | N
          S | I can start on the 1st of February              | PROPOSE | start_date=17 | | | N
          S | Start date 2026-02-01                           | PROPOSE | start_date=17 | | | N
          S | I can start next Monday                         | PROPOSE | start_date=4 | | | N
          S | I can start immediately                         | PROPOSE | start_date=0 | | | N
          S | I can start tomorrow                            | PROPOSE | start_date=1 | | | N
          S | I'll get back to you in two weeks               | OTHER   | | | | N
          S | 25 days of vacation                             | PROPOSE | vacation_days=25 | | | N
          S | four weeks vacation                             | OTHER   | vacation_days=20 | | | N
          S | I want 30 days PTO                              | PROPOSE | vacation_days=30 | | | N
          # ranges, carried-over names, figures in thousands, context that is not an offer
          S | I'm thinking 80-90k                             | PROPOSE | | salary>=80000;salary<=90000 | | N
          S | between 85 and 90k                              | PROPOSE | | salary>=85000;salary<=90000 | | N
          S | 3-4 days remote                                 | PROPOSE | | remote_days>=3;remote_days<=4 | | N
          S | I can't do 3 days in the office, 1 day max      | PROPOSE | | remote_days>=4 | remote_days=2 | N
          S | start in 2 weeks, or 3 weeks                    | PROPOSE | start_date=21 | | | N
          S | salary 85k, and 20k                             | PROPOSE | salary=85000;signing_bonus=20000 | | | N
          S | Make it 90 and we have a deal                   | PROPOSE | salary=90000 | | | N
          S | I'd be happy with 85                            | PROPOSE | salary=85000 | | | N
          S | My current salary is 75k, so I need at least 85k | PROPOSE | | salary>=85000 | | N
          S | I have another offer for 95k                    | OTHER   | | | | N
          S | I'm 35 and have 2 kids                          | OTHER   | | | | N
          S | 85k? No way.                                    | REJECT  | | | salary=85000 | Y
          S | no remote work at all                           | PROPOSE | remote_days=0 | | | N
          S | I need to start after March 1st                 | PROPOSE | | start_date>=45 | | N
          S | I can't start before April                      | PROPOSE | | start_date>=76 | | N
          S | Can we push the start date back 2 weeks?         | PROPOSE | start_date=44 | | | Y
          S | Could you move the start date forward a week?   | PROPOSE | start_date=23 | | | Y
          S | I can start 2 weeks earlier                     | PROPOSE | start_date=16 | | | N
          S | I can start the first week of March             | PROPOSE | start_date=45 | | | N
          S | I want the 15th of March as start date          | PROPOSE | start_date=59 | | | N
          S | How about $82,500 and a start date of February 2nd? | PROPOSE | salary=82500;start_date=18 | | | Y
          S | 2 more weeks of vacation                        | PROPOSE | vacation_days=30 | | | N
          S | I'd want 15% more                               | PROPOSE | salary=92000 | | | N
          S | Add 5k to the signing bonus                     | PROPOSE | signing_bonus=15000 | | | N
          S | We can't go above 85k                           | PROPOSE | | salary<=85000 | | N
          S | I can do 2 days remote if you drop the salary to 82k | PROPOSE | remote_days=2;salary=82000 | | | N
          S | My expectation is in the range of 90 to 95 thousand | PROPOSE | | salary>=90000;salary<=95000 | | N
          S | I need 3 weeks notice for my current employer   | OTHER   | | | | N
          S | Not bad, but I need 90k                         | PROPOSE | salary=90000 | | | N
          S | Fine, deal.                                     | ACCEPT  | | | | N
          S | yes                                             | ACCEPT  | | | | N
          S | Thanks for the offer!                           | OTHER   | | | | N
          S | 85k base + 10k bonus                            | PROPOSE | salary=85000;signing_bonus=10000 | | | N
          S | 85k plus 15k signing                            | PROPOSE | salary=85000;signing_bonus=15000 | | | N
          S | Could you do 85k + 3 days remote?               | PROPOSE | salary=85000;remote_days=3 | | | Y
          S | plus 5k                                         | PROPOSE | salary=85000 | | | N
          S | 80k+                                            | OTHER   | | | | N
          S | I want 85k. No less.                            | PROPOSE | | salary>=85000 | | N
          S | I would walk away for less than 80k             | OTHER   | | | | N
          S | I will walk away if you cannot do 85k           | PROPOSE | salary=85000 | | | N
          S | 85k salary, 12k bonus, 25 days PTO, 3 days WFH, starting March 1 | PROPOSE | salary=85000;signing_bonus=12000;vacation_days=25;remote_days=3;start_date=45 | | | N
          S | I need 82k, and the start date must be after Feb 15 | PROPOSE | salary=82000 | start_date>=31 | | N
          # intents
          S | deal                                            | ACCEPT  | | | | N
          S | Deal!                                           | ACCEPT  | | | | N
          S | I accept                                        | ACCEPT  | | | | N
          S | sounds good, let's do it                        | ACCEPT  | | | | N
          S | OK                                              | ACCEPT  | | | | N
          S | It's a deal.                                    | ACCEPT  | | | | N
          S | That works for me                               | ACCEPT  | | | | N
          S | You have a deal                                 | ACCEPT  | | | | N
          S | 80k works for me                                | ACCEPT  | salary=80000 | | | N
          S | You have a deal at 85k                          | PROPOSE | salary=85000 | | | N
          S | Alright, you win. Deal.                         | ACCEPT  | | | | N
          S | I guess I can live with that                    | OTHER   | | | | N
          S | Ok, let me think about it                       | OTHER   | | | | N
          S | I don't think that works                        | REJECT  | | | | N
          S | I'm going to have to decline                    | REJECT  | | | | N
          S | I don't agree                                   | REJECT  | | | | N
          S | No deal.                                        | REJECT  | | | | N
          S | Deal? Not yet.                                  | QUESTION | | | | Y
          S | no way                                          | REJECT  | | | | N
          S | that's too low                                  | REJECT  | | | | N
          S | No.                                             | REJECT  | | | | N
          S | I can't accept that                             | REJECT  | | | | N
          S | That doesn't work for me                        | REJECT  | | | | N
          S | I'm walking away                                | WALK_AWAY | | | | N
          S | I'll take the other offer                       | WALK_AWAY | | | | N
          S | Thanks, but I'm going with the other offer.     | WALK_AWAY | | | | N
          S | I'm out.                                        | WALK_AWAY | | | | N
          S | I am walking away. Goodbye.                     | WALK_AWAY | | | | N
          S | Forget it, I'm not interested anymore           | WALK_AWAY | | | | N
          S | I don't want to walk away from this             | OTHER   | | | | N
          S | What's the salary range?                        | QUESTION | | | | Y
          S | Is the start date flexible?                     | QUESTION | | | | Y
          S | Why is the bonus so low                         | QUESTION | | | | Y
          S | Can we do 90k?                                  | PROPOSE | salary=90000 | | | Y
          S | Would you accept 90k?                           | PROPOSE | salary=90000 | | | Y
          S | I have two kids and a dog                       | OTHER   | | | | N
          S | ""                                              | OTHER   | | | | N
          S | Hello! Nice to meet you.                        | OTHER   | | | | N
          # freelance
          F | $95/hour                                        | PROPOSE | hourly_rate=95 | | | N
          F | 95 an hour                                      | PROPOSE | hourly_rate=95 | | | N
          F | $700 a day                                      | PROPOSE | hourly_rate=87.5 | | | N
          F | My rate is 120                                  | PROPOSE | hourly_rate=120 | | | N
          F | I'd do 110 hourly                               | PROPOSE | hourly_rate=110 | | | N
          F | €80/h                                           | PROPOSE | hourly_rate=80 | | | N
          F | I charge 150 dollars an hour                    | PROPOSE | hourly_rate=150 | | | N
          F | six-month contract                              | PROPOSE | contract_months=6 | | | N
          F | Two years                                       | PROPOSE | contract_months=24 | | | N
          F | a 1 year engagement at $100 per hour            | PROPOSE | contract_months=12;hourly_rate=100 | | | N
          F | $100 per hour for 6 months                      | PROPOSE | hourly_rate=100;contract_months=6 | | | N
          F | I'll do 9 months at 105                         | PROPOSE | contract_months=9;hourly_rate=105 | | | N
          F | $10 more an hour                                | PROPOSE | hourly_rate=100 | | | N
          F | Can we make it 18 months?                       | PROPOSE | contract_months=18 | | | Y
          F | not less than $100/hour                         | PROPOSE | | hourly_rate>=100 | | N
          F | I can't go lower than 85 an hour                | PROPOSE | | hourly_rate>=85 | | N
          F | $90 an hour is too low                          | REJECT  | | | hourly_rate=90 | N
          F | deal, 100 an hour it is                         | PROPOSE | hourly_rate=100 | | | N
          F | I'm walking away from this contract             | WALK_AWAY | | | | N
          F | What's the budget?                              | QUESTION | | | | Y
          F | I'll walk if it's under 80/hour                 | PROPOSE | | hourly_rate>=80 | | N
          F | my rate is 120 per hour but I can do 110        | PROPOSE | hourly_rate=110 | | | N
          F | How about 1,000 a day?                          | PROPOSE | hourly_rate=125 | | | Y
          F | Can you do 6 months minimum?                    | PROPOSE | | contract_months>=6 | | Y
          F | I can do 95 if the contract is 12 months        | PROPOSE | hourly_rate=95;contract_months=12 | | | N
          # used car: stemmed names, counts, percentages
          C | I will offer 18k                                | PROPOSE | price=18000 | | | N
          C | I can pay 18,500                                | PROPOSE | price=18500 | | | N
          C | My offer is 19k with a year warranty            | PROPOSE | price=19000;warranty_months=12 | | | N
          C | a year's warranty                               | PROPOSE | warranty_months=12 | | | N
          C | delivery in 2 weeks                             | OTHER   | delivery_days=14 | | | N
          C | Can you deliver by next Friday?                 | PROPOSE | delivery_days=8 | | | Y
          C | Can you deliver on Friday?                      | PROPOSE | delivery_days=1 | | | Y
          C | 2 free services                                 | PROPOSE | free_services=2 | | | N
          C | three services                                  | PROPOSE | free_services=3 | | | N
          C | $17,500 and you throw in 2 services             | PROPOSE | price=17500;free_services=2 | | | N
          C | 30% down payment                                | PROPOSE | upfront_deposit=30 | | | N
          C | no deposit                                      | PROPOSE | upfront_deposit=0 | | | N
          C | that is too expensive                           | REJECT  | | | | N
          C | I have another offer for 17k                    | OTHER   | | | | N
          # The tables hold salary 80k, start in 30 days, 20 vacation days and delivery in 14 days: restating
          # a value on the table (as a figure or a bound) is no new proposal, and "I guess" hedges a yes.
          """)
  void readsPhrasing(
      String scenario,
      String text,
      Intent intent,
      String proposed,
      String bounds,
      String rejected,
      String question) {
    OfferReader reader =
        switch (scenario) {
          case "S" -> SALARY;
          case "F" -> FREELANCE;
          default -> CAR;
        };
    ReadingContext table =
        switch (scenario) {
          case "S" -> Scenarios.SALARY_TABLE;
          case "F" -> Scenarios.FREELANCE_TABLE;
          default -> Scenarios.CAR_TABLE;
        };
    ReadMessage read = reader.readStrictly(text, table);

    assertThat(read.intent()).as("intent").isEqualTo(intent);
    assertThat(read.proposed()).as("proposed").isEqualTo(terms(proposed));
    assertThat(read.bounds()).as("bounds").containsExactlyElementsOf(bounds(bounds));
    assertThat(read.rejected()).as("rejected").isEqualTo(terms(rejected));
    assertThat(read.question()).as("question").isEqualTo(question.equals("Y"));
  }

  private static Terms terms(String spec) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (spec != null) {
      for (String entry : spec.split(";")) {
        String[] kv = entry.split("=");
        values.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
      }
    }
    return Terms.of(values);
  }

  private static List<Bound> bounds(String spec) {
    List<Bound> bounds = new ArrayList<>();
    if (spec != null) {
      for (String entry : spec.split(";")) {
        boolean floor = entry.contains(">=");
        String[] kv = entry.split(floor ? ">=" : "<=");
        double value = Double.parseDouble(kv[1].trim());
        bounds.add(floor ? Bound.atLeast(kv[0].trim(), value) : Bound.atMost(kv[0].trim(), value));
      }
    }
    return bounds;
  }
}
