package dev.parley.domain.usecase;

import static dev.parley.domain.usecase.World.ok;
import static dev.parley.domain.usecase.World.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartingANegotiationQuotasTest {
  final World world = new World();

  Result<Negotiation> start(StartingANegotiation starting, Caller caller) {
    return starting.start(caller.userId(), "salary-offer", World.PERSONA_ID);
  }

  @Test
  void a_user_may_have_only_so_many_open_negotiations_and_finishing_one_frees_a_place() {
    StartingANegotiation starting =
        new StartingANegotiation(world.ports, new NegotiationQuotas(3, 100));
    Negotiation first = ok(start(starting, world.person));
    ok(start(starting, world.person));
    ok(start(starting, world.person));

    assertThat(refusal(start(starting, world.person)))
        .isEqualTo(ErrorCode.TOO_MANY_OPEN_NEGOTIATIONS);
    assertThat(ok(start(starting, world.someoneElse)).ownedBy(world.someoneElse.userId()))
        .as("another user's quota is their own")
        .isTrue();

    world.negotiations.save(
        ok(first.walkAway(Side.PERSON, FinalScore.of(0, 0, 50), World.START.plusSeconds(1))));
    assertThat(start(starting, world.person).isOk()).isTrue();
    assertThat(world.negotiations.countOpenByOwner(world.person.userId())).isEqualTo(3);
  }

  @Test
  void a_user_may_start_only_so_many_per_hour_and_is_told_when_to_try_again() {
    StartingANegotiation starting =
        new StartingANegotiation(world.ports, new NegotiationQuotas(100, 2));
    ok(start(starting, world.person));
    ok(start(starting, world.person));

    Result<Negotiation> third = start(starting, world.person);

    assertThat(refusal(third)).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(((Result.Refused<Negotiation>) third).rejection().retryAfter())
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    world.clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertThat(start(starting, world.person).isOk()).isTrue();
  }
}
