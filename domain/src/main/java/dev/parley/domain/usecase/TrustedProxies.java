package dev.parley.domain.usecase;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The proxies (load balancers) whose {@code X-Forwarded-For} is believed: the client's address is
 * the right-most one in the header that is not a trusted proxy. Anyone else could write anything
 * there, so a request from an untrusted peer is that peer's own.
 *
 * @param addresses the proxies' addresses, written as the transport writes peers (e.g. {@code
 *     127.0.0.1})
 */
public record TrustedProxies(Set<String> addresses) {
  public static final TrustedProxies NONE = new TrustedProxies(Set.of());

  public TrustedProxies {
    addresses = Set.copyOf(addresses);
  }

  /** The address a rate limit or the audit trail should see for a request from {@code peer}. */
  public String clientOf(String peer, Optional<String> forwardedFor) {
    if (!addresses.contains(peer) || forwardedFor.isEmpty()) {
      return peer;
    }
    List<String> hops =
        List.of(forwardedFor.get().split(",")).stream()
            .map(String::strip)
            .filter(hop -> !hop.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!addresses.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }
}
