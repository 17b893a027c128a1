package dev.parley.http;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.NegotiationRepository.OwnerPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code cursor} of the list endpoints: an opaque token naming where the last page ended, so
 * that a page is found by an index and stays right while items are added. A token the server did
 * not give is refused with 400.
 */
final class Cursors {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Cursors() {}

  /** One page of a list and the cursor of the next, absent on the last page. */
  record Page<T>(List<T> items, Optional<String> nextCursor) {}

  static String of(OwnerPosition position) {
    return encode(position.createdAt() + "|" + position.id());
  }

  static Optional<OwnerPosition> ownerPosition(Optional<String> cursor) {
    return cursor.map(
        token -> {
          String[] parts = decode(token).split("\\|", -1);
          try {
            if (parts.length == 2) {
              return new OwnerPosition(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
          } catch (DateTimeParseException | IllegalArgumentException e) {
            // refused below
          }
          throw invalid();
        });
  }

  /**
   * A page of {@code limit} negotiations fetched with one more than shown, so the last page is
   * known without a second query.
   */
  static Page<Negotiation> ofNegotiations(List<Negotiation> fetchedOneMore, int limit) {
    if (fetchedOneMore.size() <= limit) {
      return new Page<>(fetchedOneMore, Optional.empty());
    }
    List<Negotiation> shown = fetchedOneMore.subList(0, limit);
    return new Page<>(shown, Optional.of(of(OwnerPosition.of(shown.get(limit - 1)))));
  }

  /**
   * A page of a short list kept in memory (scenarios, personas): the items after the one the cursor
   * names, by {@code key}, in the list's order.
   */
  static <T> Page<T> ofList(
      List<T> all, Function<T, String> key, Optional<String> cursor, int limit) {
    int start = 0;
    if (cursor.isPresent()) {
      String after = decode(cursor.get());
      int index = indexOf(all, key, after);
      if (index < 0) {
        throw invalid();
      }
      start = index + 1;
    }
    int end = Math.min(all.size(), start + limit);
    List<T> shown = all.subList(start, end);
    return new Page<>(
        shown,
        end < all.size() ? Optional.of(encode(key.apply(all.get(end - 1)))) : Optional.empty());
  }

  private static <T> int indexOf(List<T> all, Function<T, String> key, String wanted) {
    for (int i = 0; i < all.size(); i++) {
      if (key.apply(all.get(i)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static String encode(String plain) {
    return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      return new String(DECODER.decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static ApiError invalid() {
    return ApiError.badRequest("cursor must be a next_cursor this server gave");
  }
}
