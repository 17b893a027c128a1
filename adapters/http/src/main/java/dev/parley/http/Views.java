package dev.parley.http;

import dev.parley.domain.account.TokenService.AccessToken;
import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.DealTerms;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.PersonBrief;
import dev.parley.domain.scenario.ScenarioView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of the API (field names become snake_case). Message and negotiation fields match
 * the Socket.IO contract's objects, so a client reads them the same way from both.
 */
final class Views {
  private Views() {}

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  record UserView(String id, String email, String displayName, String createdAt) {
    static UserView of(User user) {
      return new UserView(
          user.id().toString(), user.email(), user.displayName(), user.createdAt().toString());
    }
  }

  record AuthView(UserView user, String accessToken, String tokenType, String expiresAt) {
    static AuthView of(User user, AccessToken token) {
      return new AuthView(UserView.of(user), token.value(), "Bearer", token.expiresAt().toString());
    }
  }

  record IssueView(
      String key, String label, String unit, String kind, double min, double max, double step) {
    static IssueView of(Issue issue) {
      return new IssueView(
          issue.key(),
          issue.label(),
          lower(issue.unit()),
          lower(issue.kind()),
          issue.min(),
          issue.max(),
          issue.step());
    }
  }

  record ScenarioSummary(
      String id,
      String title,
      String description,
      List<IssueView> issues,
      long timeLimitSeconds,
      int roundLimit) {
    static ScenarioSummary of(ScenarioView view) {
      return new ScenarioSummary(
          view.id(),
          view.title(),
          view.description(),
          view.issues().stream().map(IssueView::of).toList(),
          view.timeLimit().toSeconds(),
          view.roundLimit());
    }
  }

  /** A scenario with the person's own brief; built from the public view, so never the persona's. */
  record ScenarioDetail(
      String id,
      String title,
      String description,
      List<IssueView> issues,
      long timeLimitSeconds,
      int roundLimit,
      BriefView brief) {
    static ScenarioDetail of(ScenarioView view) {
      return new ScenarioDetail(
          view.id(),
          view.title(),
          view.description(),
          view.issues().stream().map(IssueView::of).toList(),
          view.timeLimit().toSeconds(),
          view.roundLimit(),
          BriefView.of(view.personBrief()));
    }
  }

  /**
   * The person's brief. {@code preferences} keeps the raw weights for programs; people read {@code
   * priorities}: each issue's importance and why it matters, in words, most important first.
   */
  record BriefView(
      String role,
      String situation,
      String bestAlternative,
      Map<String, Double> bestAlternativeTerms,
      Map<String, PreferenceView> preferences,
      List<PriorityView> priorities) {
    static BriefView of(PersonBrief brief) {
      Map<String, PreferenceView> preferences = new LinkedHashMap<>();
      brief.preferences().byIssue().forEach((k, v) -> preferences.put(k, PreferenceView.of(v)));
      List<PriorityView> priorities =
          brief.preferences().byIssue().keySet().stream()
              .sorted(
                  java.util.Comparator.comparingDouble(
                      (String key) -> -brief.preferences().normalisedWeight(key)))
              .map(
                  key ->
                      new PriorityView(
                          key,
                          lower(brief.importanceOf(key)),
                          brief.importanceOf(key).words(),
                          brief.reasons().getOrDefault(key, "")))
              .toList();
      return new BriefView(
          brief.role(),
          brief.situation(),
          brief.bestAlternative(),
          brief.alternativeTerms().values(),
          preferences,
          priorities);
    }
  }

  record PreferenceView(double weight, String direction, double reservation, double target) {
    static PreferenceView of(IssuePreference p) {
      return new PreferenceView(p.weight(), lower(p.direction()), p.reservation(), p.target());
    }
  }

  /** How much one issue matters to the person, in words ("matters most to you"), and why. */
  record PriorityView(String issue, String importance, String importanceWords, String why) {}

  record PersonaView(String id, String name, String description, String style, String model) {
    static PersonaView of(PersonaDescriptor d) {
      return new PersonaView(d.id(), d.name(), d.description(), d.style(), d.model());
    }
  }

  record DealTermsView(boolean agreed, Map<String, Double> terms) {
    static DealTermsView of(DealTerms deal) {
      return new DealTermsView(deal.agreed(), deal.terms().values());
    }
  }

  record FinalScoreView(
      int claimingValue, int creatingValue, int managingRelationships, int overall) {
    static FinalScoreView of(FinalScore s) {
      return new FinalScoreView(
          s.claimingValue(), s.creatingValue(), s.managingRelationships(), s.overall());
    }
  }

  record NegotiationView(
      String id,
      String userId,
      String scenarioId,
      String personaId,
      String status,
      String phase,
      int rounds,
      int roundLimit,
      Map<String, Double> onTable,
      String tabledBy,
      DealTermsView dealTerms,
      FinalScoreView finalScore,
      String createdAt,
      String updatedAt,
      String expiresAt) {
    static NegotiationView of(Negotiation n) {
      return new NegotiationView(
          n.id().toString(),
          n.userId().toString(),
          n.scenarioId(),
          n.personaId(),
          lower(n.status()),
          lower(n.phase()),
          n.rounds(),
          n.roundLimit(),
          n.onTable().values(),
          n.tabledBy().map(Views::lower).orElse(null),
          n.dealTerms().map(DealTermsView::of).orElse(null),
          n.finalScore().map(FinalScoreView::of).orElse(null),
          n.createdAt().toString(),
          n.updatedAt().toString(),
          n.expiresAt().toString());
    }
  }

  record AiMetadataView(
      String model, String reasoning, String negotiationState, double confidence) {
    static AiMetadataView of(AiMetadata m) {
      return new AiMetadataView(
          m.model(), m.reasoning(), lower(m.negotiationState()), m.confidence());
    }
  }

  record MessageView(
      String id,
      String negotiationId,
      long sequence,
      String senderType,
      String content,
      AiMetadataView aiMetadata,
      Map<String, Double> proposal,
      String timestamp,
      boolean read,
      ReadAsView readAs) {
    static MessageView of(Message m) {
      return new MessageView(
          m.id().toString(),
          m.negotiationId().toString(),
          m.sequence(),
          lower(m.sender()),
          m.content(),
          m.aiMetadata().map(AiMetadataView::of).orElse(null),
          m.proposal().values(),
          m.createdAt().toString(),
          m.read(),
          m.readAs().map(ReadAsView::of).orElse(null));
    }
  }

  /**
   * What the reader took a learner's message for, as the send-message acknowledgement's {@code
   * read_as}: {@code terms} and {@code tabled} for an offer only.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record ReadAsView(String move, double confidence, Map<String, Double> terms, Boolean tabled) {
    static ReadAsView of(ReadAs r) {
      boolean offer = r.kind() == ReadAs.Kind.OFFER;
      return new ReadAsView(
          lower(r.kind()),
          r.confidence(),
          offer ? r.terms().values() : null,
          offer ? r.tabled() : null);
    }
  }

  record MessagePage(String negotiationId, List<MessageView> messages, boolean hasMore) {}

  /**
   * A page of a list endpoint: {@code {"<name>": [...], "next_cursor": "..."}}, the cursor null on
   * the last page.
   */
  static Map<String, Object> listPage(String name, Cursors.Page<?> page) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(name, page.items());
    body.put("next_cursor", page.nextCursor().orElse(null));
    return body;
  }
}
