package dev.parley.http;

import java.util.Map;

/**
 * A refusal on its way to the client as {@code {"error":{"code","message"}}}. Thrown inside the
 * adapter only (from body parsing and parameter checks, deep in a handler) and turned into a reply
 * by {@link Endpoints}; the domain's refusals arrive as values and are mapped to these.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;
  final transient Map<String, String> headers;

  ApiError(int status, String code, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  ApiError(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "VALIDATION_FAILED", message);
  }

  static ApiError unauthorized() {
    return new ApiError(
        401,
        "UNAUTHORIZED",
        "A valid bearer token is required",
        Map.of("WWW-Authenticate", "Bearer"));
  }

  static ApiError unsupportedMediaType(String given) {
    return new ApiError(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "The body must be JSON sent as Content-Type: application/json"
            + (given.isBlank()
                ? " (none was given)"
                : " (got "
                    + given.strip().substring(0, Math.min(100, given.strip().length()))
                    + ")"),
        Map.of("Accept", "application/json"));
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "NOT_FOUND", message);
  }

  Reply reply() {
    return new Reply(status, ErrorBody.of(code, getMessage()), headers);
  }

  /** The JSON error envelope. */
  record ErrorBody(Detail error) {
    static ErrorBody of(String code, String message) {
      return new ErrorBody(new Detail(code, message));
    }

    record Detail(String code, String message) {}
  }
}
