package dev.parley.selfplay;

import dev.parley.persona.api.rehearsal.Rehearsal;

/** A scripted learner: types its next message, meaning a move the reader has to find in it. */
@FunctionalInterface
interface Learner {
  Line next(Rehearsal.Table table);
}
