package dev.parley.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.port.DebriefRepository;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Debriefs as one JSON document per negotiation, written by Jackson from the domain's records (the
 * debrief is read whole, never queried inside); the first one written is kept.
 */
final class PostgresDebriefs implements DebriefRepository {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Jdbi jdbi;

  PostgresDebriefs(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void save(UUID negotiationId, Debrief debrief) {
    String body = write(debrief);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "insert into debriefs (negotiation_id, body) values (:id, cast(:body as jsonb))"
                        + " on conflict (negotiation_id) do nothing")
                .bind("id", negotiationId)
                .bind("body", body)
                .execute());
  }

  @Override
  public Optional<Debrief> find(UUID negotiationId) {
    return jdbi.withHandle(
            h ->
                h.createQuery("select body from debriefs where negotiation_id = :id")
                    .bind("id", negotiationId)
                    .mapTo(String.class)
                    .findOne())
        .map(PostgresDebriefs::read);
  }

  private static String write(Debrief debrief) {
    try {
      return JSON.writeValueAsString(debrief);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Debrief read(String body) {
    try {
      return JSON.readValue(body, Debrief.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
