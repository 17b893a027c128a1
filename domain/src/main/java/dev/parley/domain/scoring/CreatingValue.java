package dev.parley.domain.scoring;

import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;

/**
 * Creating value: how much of the joint utility still available from the deal was reached. With
 * {@code J} the joint utility (person + persona) of the deal, {@code J_top} the highest joint
 * utility of a frontier package that leaves neither side worse off than the deal, and {@code
 * J_floor} the lowest joint utility of any package: {@code 100 * (J - J_floor) / (J_top -
 * J_floor)}. A Pareto-optimal deal has {@code J_top = J} and scores 100.
 */
public final class CreatingValue {

  private CreatingValue() {}

  public static int of(Scenario scenario, ParetoFrontier frontier, Terms deal) {
    double forPerson = scenario.utility(Side.PERSON, deal);
    double forPersona = scenario.utility(Side.PERSONA, deal);
    double joint = forPerson + forPersona;
    double top = frontier.bestJointDominating(forPerson, forPersona);
    double floor = frontier.lowestJoint();
    if (top - joint <= ParetoFrontier.EPSILON) {
      return 100;
    }
    return Percent.of((joint - floor) / (top - floor));
  }
}
