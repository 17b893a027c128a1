package dev.parley.plugins.host;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.TurnCheck;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A persona from a plugin, made safe to call: each turn runs on its own virtual thread under a
 * deadline, and what comes back is checked. A throw becomes {@link ErrorCode#AI_UNAVAILABLE}, an
 * overrun {@link ErrorCode#AI_TIMEOUT}, and a move the domain's {@code MoveValidation} refuses (or
 * a reply that would reveal the persona's private limits) an {@link ErrorCode#AI_UNAVAILABLE}
 * refusal carrying the reason. Nothing a persona does reaches the caller as an exception from
 * {@link #answer}.
 */
public final class GuardedPersona implements Persona {

  private static final Logger LOG = Logger.getLogger(GuardedPersona.class.getName());

  private final Persona persona;
  private final PersonaDescriptor descriptor;
  private final String pluginId;
  private final Duration deadline;

  GuardedPersona(
      Persona persona, PersonaDescriptor descriptor, String pluginId, Duration deadline) {
    this.persona = Objects.requireNonNull(persona, "persona");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public PersonaDescriptor descriptor() {
    return descriptor;
  }

  /** The plugin this persona came from. */
  public String pluginId() {
    return pluginId;
  }

  /** The persona's reply to {@code turn}, checked, or why there is none. Never throws. */
  public Result<PersonaReply> answer(PersonaTurn turn) {
    Deadline.Outcome<PersonaReply> outcome =
        Deadline.call("persona-" + descriptor.id(), deadline, () -> persona.reply(turn));
    return switch (outcome) {
      case Deadline.Outcome.Done<PersonaReply> done -> checked(done.value(), turn);
      case Deadline.Outcome.Threw<PersonaReply> threw -> {
        LOG.log(
            Level.WARNING,
            threw.cause(),
            () -> "Persona " + descriptor.id() + " (plugin " + pluginId + ") failed its turn");
        yield Result.refused(ErrorCode.AI_UNAVAILABLE, "The AI negotiator could not answer");
      }
      case Deadline.Outcome.TimedOut<PersonaReply> timedOut -> {
        LOG.warning(
            () ->
                "Persona "
                    + descriptor.id()
                    + " (plugin "
                    + pluginId
                    + ") did not answer within "
                    + deadline.toMillis()
                    + " ms");
        yield Result.refused(
            ErrorCode.AI_TIMEOUT, "The AI negotiator did not answer in time; try again");
      }
    };
  }

  /** The plain port: {@link #answer}, with a refusal thrown as {@link PersonaCallRefused}. */
  @Override
  public PersonaReply reply(PersonaTurn turn) {
    return switch (answer(turn)) {
      case Result.Ok<PersonaReply> ok -> ok.value();
      case Result.Refused<PersonaReply> refused ->
          throw new PersonaCallRefused(refused.rejection());
    };
  }

  private Result<PersonaReply> checked(PersonaReply reply, PersonaTurn turn) {
    if (reply == null) {
      LOG.warning(() -> "Persona " + descriptor.id() + " returned no reply");
      return Result.refused(ErrorCode.AI_UNAVAILABLE, "The AI negotiator could not answer");
    }
    Optional<String> leak =
        LimitLeaks.find(reply.text(), turn.scenario())
            .or(() -> LimitLeaks.find(reply.reasoning(), turn.scenario()));
    if (leak.isPresent()) {
      LOG.warning(
          () -> "Persona " + descriptor.id() + " reply withheld: it names its " + leak.get());
      return Result.refused(
          ErrorCode.AI_UNAVAILABLE, "The AI negotiator's reply was withheld; try again");
    }
    return switch (TurnCheck.check(reply.move(), turn)) {
      case Result.Ok<?> legal -> Result.ok(reply);
      case Result.Refused<?> illegal -> {
        String why = illegal.rejection().message();
        LOG.warning(() -> "Persona " + descriptor.id() + " made an illegal move: " + why);
        yield Result.refused(
            ErrorCode.AI_UNAVAILABLE, "The AI negotiator's move broke the rules: " + why);
      }
    };
  }
}
