package dev.parley.selfplay;

import dev.parley.domain.persona.Move;

/** What a scripted learner types, and the move it means by it. */
record Line(String text, Move intended) {}
