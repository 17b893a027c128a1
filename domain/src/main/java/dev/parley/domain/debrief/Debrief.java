package dev.parley.domain.debrief;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The lesson of one finished negotiation; see the package description. */
public record Debrief(
    Ending ending,
    Optional<Terms> deal,
    List<IssueZone> zones,
    JointValue joint,
    List<Annotation> annotations,
    List<AcrossTheTable> acrossTheTable,
    FinalScore score,
    List<ScoreTrace> traces) {

  public Debrief {
    Objects.requireNonNull(ending, "ending");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(joint, "joint");
    Objects.requireNonNull(score, "score");
    zones = List.copyOf(zones);
    annotations = List.copyOf(annotations);
    acrossTheTable = List.copyOf(acrossTheTable);
    traces = List.copyOf(traces);
  }

  /** The annotations to improve on, for a compact summary. */
  public List<Annotation> toImprove() {
    return annotations.stream()
        .filter(annotation -> annotation.verdict() == Annotation.Verdict.TO_IMPROVE)
        .toList();
  }
}
