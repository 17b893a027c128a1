package dev.parley.memory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.port.RoomPresence;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RoomPresence} promises, seen from one node. */
public abstract class RoomPresenceContract {
  private RoomPresence presence;
  private final UUID room = UUID.randomUUID();

  protected abstract RoomPresence newPresence();

  @BeforeEach
  void setUp() {
    presence = newPresence();
  }

  @Test
  void an_empty_room_counts_nobody() {
    assertThat(presence.participantCount(room)).isZero();
  }

  @Test
  void each_connection_counts_once() {
    presence.entered(room, "a");
    presence.entered(room, "b");
    presence.entered(room, "a");

    assertThat(presence.participantCount(room)).isEqualTo(2);
  }

  @Test
  void leaving_uncounts_and_leaving_twice_or_unknown_is_harmless() {
    presence.entered(room, "a");
    presence.entered(room, "b");

    presence.left(room, "a");
    presence.left(room, "a");
    presence.left(room, "never-there");

    assertThat(presence.participantCount(room)).isEqualTo(1);
  }

  @Test
  void rooms_are_counted_apart() {
    UUID other = UUID.randomUUID();
    presence.entered(room, "a");
    presence.entered(other, "a");
    presence.entered(other, "b");

    assertThat(presence.participantCount(room)).isEqualTo(1);
    assertThat(presence.participantCount(other)).isEqualTo(2);
  }
}
