package dev.parley.domain.usecase;

import dev.parley.domain.scoring.Scoring;

/**
 * Every use case, wired over one set of ports. The composition root builds this once; transports
 * call the use case named after what the person or the system does.
 */
public record UseCases(
    StartingANegotiation starting,
    JoiningANegotiation joining,
    LeavingANegotiation leaving,
    SendingAMessage sending,
    ProducingTheAiTurn producingTheAiTurn,
    ProposingTerms proposing,
    AcceptingTerms accepting,
    WalkingAway walkingAway,
    CompletingANegotiation completing,
    ExpiringNegotiations expiring,
    PausingEmptyRooms pausing,
    ReadingTheHistory history,
    ShowingTyping typing) {

  public static UseCases wire(Ports ports, Settings settings, ChatReading reading) {
    Scoring scoring = new Scoring();
    return new UseCases(
        new StartingANegotiation(ports, NegotiationQuotas.defaults()),
        new JoiningANegotiation(ports, settings, scoring),
        new LeavingANegotiation(ports, scoring),
        new SendingAMessage(ports, settings, scoring, reading),
        new ProducingTheAiTurn(ports, settings, scoring),
        new ProposingTerms(ports, settings, scoring),
        new AcceptingTerms(ports, settings, scoring),
        new WalkingAway(ports, settings, scoring),
        new CompletingANegotiation(ports, settings, scoring),
        new ExpiringNegotiations(ports, scoring),
        new PausingEmptyRooms(ports, scoring),
        new ReadingTheHistory(ports, scoring),
        new ShowingTyping(ports, scoring));
  }
}
