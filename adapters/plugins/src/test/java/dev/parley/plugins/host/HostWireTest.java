package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What crosses to the persona host and back arrives equal to what was sent. */
class HostWireTest {

  @Test
  void everyBuiltInScenarioAndAFullTurnCrossTheWireUnchanged() {
    for (Scenario scenario : ScenarioLibrary.builtIn().all()) {
      Terms offer =
          Terms.of(Map.of(scenario.issues().getFirst().key(), scenario.issues().getFirst().min()));
      Message said =
          new Message(
              UUID.randomUUID(),
              UUID.randomUUID(),
              1,
              Sender.USER,
              "How about this?",
              Optional.empty(),
              offer,
              Instant.parse("2026-01-01T09:00:00Z"),
              true,
              Optional.of(new ReadAs(ReadAs.Kind.values()[0], offer, 0.8, true)));
      Message answered =
          new Message(
              UUID.randomUUID(),
              UUID.randomUUID(),
              2,
              Sender.AI,
              "Let me check.",
              Optional.of(
                  new AiMetadata(
                      "m",
                      "why",
                      Phase.DISCUSSION,
                      0.5,
                      Optional.of(new PendingConfirmation.Deal(offer)))),
              Terms.NONE,
              Instant.parse("2026-01-01T09:00:01Z"),
              false,
              Optional.empty());
      PersonaTurn turn =
          new PersonaTurn(
              scenario,
              scenario.counterpart().preferences(),
              List.of(said, answered),
              new Move.CounterOffer(offer),
              offer,
              Optional.of(Side.PERSON),
              Phase.DISCUSSION,
              3,
              scenario.roundLimit(),
              Duration.ofSeconds(754));

      assertThat(HostWire.turn(HostWire.read(HostWire.JSON.valueToTree(turn).toString())))
          .isEqualTo(turn);
    }
  }

  @Test
  void aReplyCrossesBackAndOnlyKnownMovesAreRead() {
    PersonaReply reply = new PersonaReply("Deal.", "fair", Phase.CLOSING, 1, new Move.Accept());
    assertThat(HostWire.reply(HostWire.tree(reply))).isEqualTo(reply);

    String foreign =
        HostWire.tree(reply).toString().replace("\"Accept\"", "\"java.lang.ProcessBuilder\"");
    assertThatThrownBy(() -> HostWire.reply(HostWire.read(foreign)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
