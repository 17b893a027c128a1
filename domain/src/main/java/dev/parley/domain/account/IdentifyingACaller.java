package dev.parley.domain.account;

import java.util.Objects;

/**
 * A request or a socket presents a bearer token: who is it? Tells an invalid token apart from a
 * valid token whose account no longer exists (the Socket.IO contract reports them differently).
 */
public final class IdentifyingACaller {
  private final TokenService tokens;
  private final UserRepository users;

  public IdentifyingACaller(TokenService tokens, UserRepository users) {
    this.tokens = Objects.requireNonNull(tokens);
    this.users = Objects.requireNonNull(users);
  }

  public Identification identify(String token) {
    if (token == null || token.isBlank()) {
      return new Identification.InvalidToken(TokenProblem.MISSING, "no token");
    }
    return switch (tokens.verify(token)) {
      case TokenService.Verification.Rejected rejected ->
          new Identification.InvalidToken(
              rejected.expired() ? TokenProblem.EXPIRED : TokenProblem.INVALID, rejected.reason());
      case TokenService.Verification.Verified verified ->
          users
              .findById(verified.userId())
              .<Identification>map(Identification.Identified::new)
              .orElseGet(Identification.UnknownUser::new);
    };
  }

  /** What is wrong with a token that identifies nobody. */
  public enum TokenProblem {
    MISSING,
    /** Malformed, forged, signed with another key or algorithm, or without a usable user id. */
    INVALID,
    EXPIRED
  }

  /** The outcome of {@link #identify}. */
  public sealed interface Identification {
    record Identified(User user) implements Identification {}

    /** Missing, malformed, forged or expired; {@code reason} is for logs only. */
    record InvalidToken(TokenProblem problem, String reason) implements Identification {}

    /** The token is genuine but its account is gone. */
    record UnknownUser() implements Identification {}
  }
}
