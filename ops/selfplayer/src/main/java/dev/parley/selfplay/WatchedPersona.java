package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.Phrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A persona for one session, watched: every reply the leak guard flags as naming the persona's
 * private limits (numbers the learner said first excepted), and every sentence it says twice.
 */
final class WatchedPersona implements Persona {

  /** A reply that named a private limit, and which. */
  record Leak(int round, String what, String text) {}

  private final Persona persona;
  private final Predicate<Terms> learnerConfirms;
  private int declined;
  private final List<Leak> leaks = new ArrayList<>();
  private final Set<String> sentences = new HashSet<>();
  private final List<String> repeats = new ArrayList<>();
  private int sentenceCount;

  /**
   * @param learnerConfirms the learner's answer when the server restates, before recording a deal,
   *     the whole package the persona accepted ("Just to confirm: ...?")
   */
  WatchedPersona(Persona persona, Predicate<Terms> learnerConfirms) {
    this.persona = persona;
    this.learnerConfirms = learnerConfirms;
  }

  @Override
  public PersonaDescriptor descriptor() {
    return persona.descriptor();
  }

  @Override
  public PersonaReply reply(PersonaTurn turn) {
    PersonaReply reply = persona.reply(turn);
    LimitLeaks.find(reply.text(), turn)
        .ifPresent(what -> leaks.add(new Leak(turn.round(), what, reply.text())));
    for (String sentence : Phrases.sentences(reply.text())) {
      sentenceCount++;
      if (!sentences.add(sentence.toLowerCase(Locale.ROOT))) {
        repeats.add(sentence);
      }
    }
    if (reply.move() instanceof Move.Accept && !learnerConfirms.test(turn.onTable())) {
      // the learner's no to the restated package keeps the negotiation open, as on the server
      declined++;
      return new PersonaReply(
          reply.text(), reply.reasoning(), reply.phase(), reply.confidence(), new Move.Talk());
    }
    return reply;
  }

  /** Acceptances by the persona that the learner did not confirm. */
  int declined() {
    return declined;
  }

  List<Leak> leaks() {
    return List.copyOf(leaks);
  }

  List<String> repeats() {
    return List.copyOf(repeats);
  }

  int sentenceCount() {
    return sentenceCount;
  }
}
