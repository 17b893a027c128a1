package dev.parley.domain.result;

import java.util.function.Function;

/**
 * The outcome of something that can be refused: either {@link Ok} with a value or {@link Refused}
 * with a {@link Rejection}. Refusals are values, never exceptions thrown through the core.
 */
public sealed interface Result<T> permits Result.Ok, Result.Refused {

  record Ok<T>(T value) implements Result<T> {}

  record Refused<T>(Rejection rejection) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> refused(Rejection rejection) {
    return new Refused<>(rejection);
  }

  static <T> Result<T> refused(ErrorCode code, String message) {
    return new Refused<>(Rejection.of(code, message));
  }

  default boolean isOk() {
    return this instanceof Ok<T>;
  }

  /** Applies {@code next} to the value, or passes the refusal on unchanged. */
  default <R> Result<R> then(Function<? super T, Result<R>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Refused<T> refused -> new Refused<>(refused.rejection());
    };
  }

  default <R> Result<R> map(Function<? super T, ? extends R> mapper) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(mapper.apply(ok.value()));
      case Refused<T> refused -> new Refused<>(refused.rejection());
    };
  }
}
