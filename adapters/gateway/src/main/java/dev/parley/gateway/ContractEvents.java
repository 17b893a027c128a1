package dev.parley.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.persona.Move;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.Caller;
import dev.parley.domain.usecase.JoiningANegotiation.Joined;
import dev.parley.domain.usecase.ProposingTerms.Proposed;
import dev.parley.domain.usecase.SendingAMessage.Sent;
import dev.parley.domain.usecase.UseCases;
import dev.parley.socketio.Ack;
import dev.parley.socketio.DisconnectReason;
import dev.parley.socketio.Json;
import dev.parley.socketio.Socket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The client events of the contract, each mapped onto its use case and the result back onto the
 * contract's events. Every event is acknowledged when the client asked ({@code {ok:true,...}} or
 * {@code {ok:false, error}}); every refusal is also emitted as {@code error}. No rule is decided
 * here: ownership, status, limits and sanitising are the use cases'.
 */
final class ContractEvents {
  private static final System.Logger LOG = System.getLogger(ContractEvents.class.getName());

  /** One received event and who sent it. */
  private record Inbound(
      Socket socket, String event, Caller caller, List<JsonNode> args, Ack ack) {}

  private final UseCases useCases;
  private final RoomPresence presence;
  private final AiTurns aiTurns;
  private final Housekeeping housekeeping;
  private final RateLimiter limiter;
  private final GatewaySettings settings;
  private final EventAudit audit;
  private final Clock clock;
  private final Map<String, Set<UUID>> joinedBySocket = new ConcurrentHashMap<>();

  ContractEvents(
      UseCases useCases,
      RoomPresence presence,
      AiTurns aiTurns,
      Housekeeping housekeeping,
      RateLimiter limiter,
      GatewaySettings settings,
      EventAudit audit,
      Clock clock) {
    this.useCases = useCases;
    this.presence = presence;
    this.aiTurns = aiTurns;
    this.housekeeping = housekeeping;
    this.limiter = limiter;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Attaches the contract to a socket the handshake admitted. */
  void attach(Socket socket) {
    Optional<UUID> user = HandshakeAuthentication.userOf(socket.data());
    if (user.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "socket " + socket.id() + " has no user; disconnected");
      socket.disconnect(false);
      return;
    }
    Caller caller =
        new Caller(user.get(), socket.id(), HandshakeAuthentication.clientAddressOf(socket));
    socket.onAny((s, event, args, ack) -> dispatch(new Inbound(s, event, caller, args, ack)));
    socket.onDisconnect((s, reason) -> disconnected(caller, reason));
  }

  private void dispatch(Inbound in) {
    if (limiter.tryAcquire(
            "socket-events:user:" + in.caller().userId(),
            settings.eventsPerUser(),
            settings.eventWindow())
        instanceof RateLimiter.Decision.Limited limited) {
      Rejection rejection =
          new Rejection(
              ErrorCode.RATE_LIMITED,
              "Too many events; slow down",
              Optional.of(limited.retryAfter()));
      refusedHere(in, Payloads.negotiationIdIfAny(in.args()), rejection);
      return;
    }
    Optional<ClientEvent> known = ClientEvent.named(in.event());
    if (known.isEmpty()) {
      audit.record(
          Optional.of(in.caller().userId()),
          in.caller().socketId(),
          in.caller().ip(),
          in.event(),
          Optional.empty(),
          EventAudit.IGNORED,
          "unknown event");
      return;
    }
    try {
      handle(known.get(), in);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "event " + in.event() + " failed", e);
      refusedHere(
          in,
          Payloads.negotiationIdIfAny(in.args()),
          Rejection.of(ErrorCode.INTERNAL_ERROR, "Something went wrong; please try again"));
    }
  }

  private void handle(ClientEvent event, Inbound in) {
    switch (event) {
      case JOIN_NEGOTIATION -> withNegotiationId(in, id -> join(in, id));
      case LEAVE_NEGOTIATION -> withNegotiationId(in, id -> leave(in, id));
      case SEND_MESSAGE -> parsed(in, Payloads.chatLine(in.args()), line -> send(in, line));
      case TYPING_START -> withNegotiationId(in, id -> typing(in, id, true));
      case TYPING_STOP -> withNegotiationId(in, id -> typing(in, id, false));
      case PROPOSE_TERMS -> parsed(in, Payloads.proposal(in.args()), p -> propose(in, p));
      case ACCEPT_TERMS ->
          withNegotiationId(
              in,
              id -> answer(in, id, useCases.accepting().accept(in.caller(), id), this::updated));
      case WALK_AWAY ->
          withNegotiationId(
              in,
              id ->
                  answer(in, id, useCases.walkingAway().walkAway(in.caller(), id), this::updated));
      case DEV_TRIGGER_AI ->
          withNegotiationId(
              in,
              id ->
                  aiTurns.triggerForDevelopment(
                      in.caller(),
                      id,
                      turn ->
                          answer(
                              in,
                              id,
                              turn,
                              done -> single("message", ContractViews.message(done.message())))));
      case DEV_COMPLETE_NEGOTIATION ->
          parsed(
              in,
              Payloads.devCompletion(in.args()),
              dev ->
                  answer(
                      in,
                      dev.negotiationId(),
                      useCases
                          .completing()
                          .forDevelopment(
                              in.caller(), dev.negotiationId(), dev.success(), dev.override()),
                      this::updated));
    }
  }

  private void join(Inbound in, UUID id) {
    Set<UUID> already = joinedBySocket.getOrDefault(in.socket().id(), Set.of());
    if (already.size() >= NegotiationRooms.MAX_ROOMS_PER_SOCKET && !already.contains(id)) {
      refusedHere(
          in,
          Optional.of(id),
          Rejection.of(
              ErrorCode.TOO_MANY_ROOMS,
              "This connection is in "
                  + NegotiationRooms.MAX_ROOMS_PER_SOCKET
                  + " negotiations already; leave one before joining another"));
      return;
    }
    Result<Joined> result = useCases.joining().join(in.caller(), id);
    if (result instanceof Result.Ok<Joined>(Joined joined)) {
      in.socket().join(NegotiationRooms.roomOf(id));
      joinedBySocket.computeIfAbsent(in.socket().id(), s -> ConcurrentHashMap.newKeySet()).add(id);
      presence.entered(id, in.socket().id());
      housekeeping.roomOccupied(id);
      ObjectNode state = ContractViews.state(joined.negotiation(), presence.participantCount(id));
      in.socket().emit("negotiation-state", state);
      in.socket()
          .emit("message-history", ContractViews.history(id, joined.history(), joined.hasMore()));
      in.ack().send(ContractViews.okAck(state));
    } else {
      answer(in, id, result, joined -> Json.object());
    }
  }

  private void leave(Inbound in, UUID id) {
    Result<Negotiation> result = useCases.leaving().leave(in.caller(), id);
    if (result.isOk()) {
      in.socket().leave(NegotiationRooms.roomOf(id));
      Set<UUID> joined = joinedBySocket.get(in.socket().id());
      if (joined != null) {
        joined.remove(id);
      }
      presence.left(id, in.socket().id());
      housekeeping.roomMayBeEmpty(id);
    }
    answer(in, id, result, left -> Json.object().put("negotiation_id", id.toString()));
  }

  private void send(Inbound in, Payloads.ChatLine line) {
    Result<Sent> result =
        useCases
            .sending()
            .send(in.caller(), line.negotiationId(), line.content(), line.clientMessageId());
    answer(
        in,
        line.negotiationId(),
        result,
        sent -> {
          ObjectNode fields = single("message", ContractViews.message(sent.message()));
          sent.message()
              .readAs()
              .ifPresent(readAs -> fields.set("read_as", ContractViews.readAs(readAs)));
          return fields;
        });
    if (result instanceof Result.Ok<Sent>(Sent sent) && sent.awaitsAiTurn()) {
      if (sent.toCheck().isPresent()) {
        aiTurns.check(line.negotiationId(), sent.toCheck().get(), in.event(), in.socket().id());
      } else {
        aiTurns.answer(line.negotiationId(), sent.move(), true, in.event(), in.socket().id());
      }
    }
  }

  private void typing(Inbound in, UUID id, boolean typing) {
    Result<Negotiation> result = useCases.typing().typing(in.caller(), id, typing);
    if (result.isOk()) {
      in.socket()
          .to(NegotiationRooms.roomOf(id))
          .volatileFlag()
          .emit("user-typing", ContractViews.userTyping(in.caller().userId(), typing, id));
    }
    answer(in, id, result, shown -> Json.object());
  }

  private void propose(Inbound in, Payloads.Proposal proposal) {
    Result<Proposed> result =
        useCases.proposing().propose(in.caller(), proposal.negotiationId(), proposal.terms());
    answer(
        in,
        proposal.negotiationId(),
        result,
        proposed -> {
          ObjectNode fields = single("message", ContractViews.message(proposed.message()));
          fields.set("on_table", ContractViews.terms(proposed.negotiation().onTable()));
          return fields;
        });
    if (result instanceof Result.Ok<Proposed>(Proposed proposed)
        && proposed.negotiation().status() == NegotiationStatus.ACTIVE) {
      aiTurns.answer(
          proposal.negotiationId(),
          new Move.CounterOffer(proposal.terms()),
          false,
          in.event(),
          in.socket().id());
    }
  }

  private ObjectNode updated(Negotiation negotiation) {
    return ContractViews.update(negotiation);
  }

  private void disconnected(Caller caller, DisconnectReason reason) {
    audit.record(
        Optional.of(caller.userId()),
        caller.socketId(),
        caller.ip(),
        "disconnect",
        Optional.empty(),
        AuditEvent.OK,
        reason.toString());
    Set<UUID> joined = joinedBySocket.remove(caller.socketId());
    if (joined != null) {
      for (UUID id : joined) {
        presence.left(id, caller.socketId());
        housekeeping.roomMayBeEmpty(id);
      }
    }
  }

  /** Runs {@code then} with the payload's negotiation id, or refuses the payload. */
  private void withNegotiationId(Inbound in, Consumer<UUID> then) {
    parsed(in, Payloads.negotiationId(in.args()), then);
  }

  private <T> void parsed(Inbound in, Result<T> payload, Consumer<T> then) {
    switch (payload) {
      case Result.Ok<T> ok -> then.accept(ok.value());
      case Result.Refused<T> refused ->
          refusedHere(in, Payloads.negotiationIdIfAny(in.args()), refused.rejection());
    }
  }

  /** Replies to a use case's result: the ack with {@code onOk}'s fields, or the refusal. */
  private <T> void answer(
      Inbound in, UUID negotiationId, Result<T> result, Function<T, ObjectNode> onOk) {
    switch (result) {
      case Result.Ok<T> ok -> in.ack().send(ContractViews.okAck(onOk.apply(ok.value())));
      case Result.Refused<T> refused -> reply(in, Optional.of(negotiationId), refused.rejection());
    }
  }

  /** A refusal decided before any use case ran: audited here, then replied. */
  private void refusedHere(Inbound in, Optional<UUID> negotiationId, Rejection rejection) {
    audit.record(
        Optional.of(in.caller().userId()),
        in.caller().socketId(),
        in.caller().ip(),
        in.event(),
        negotiationId,
        rejection.code().name(),
        rejection.message());
    reply(in, negotiationId, rejection);
  }

  /** The {@code error} event first, so a client awaiting the ack has already seen it. */
  private void reply(Inbound in, Optional<UUID> negotiationId, Rejection rejection) {
    in.socket()
        .emit(
            "error",
            ContractViews.error(
                rejection, EventAudit.safeEventName(in.event()), negotiationId, clock.instant()));
    in.ack().send(ContractViews.refusedAck(rejection));
  }

  private static ObjectNode single(String name, JsonNode value) {
    ObjectNode fields = Json.object();
    fields.set(name, value);
    return fields;
  }
}
