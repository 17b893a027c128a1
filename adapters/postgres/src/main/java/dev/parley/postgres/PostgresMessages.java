package dev.parley.postgres;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.port.MessageRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Messages in the {@code messages} table. An append takes the next sequence from its negotiation's
 * {@code last_sequence} with {@code UPDATE ... RETURNING} and inserts the message in the same
 * transaction: the row lock serialises concurrent writers on every node, and a rolled-back append
 * gives its number back, so sequences stay gap-free. The unique (negotiation_id, sequence) index is
 * the last line of defence.
 */
final class PostgresMessages implements MessageRepository {
  private static final String COLUMNS =
      "id, negotiation_id, sequence, sender_type, content, ai_metadata, proposal, created_at, read,"
          + " read_as";

  private final Jdbi jdbi;

  PostgresMessages(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Message append(NewMessage message) {
    return jdbi.inTransaction(
        h -> {
          long sequence =
              h.createQuery(
                      "update negotiations set last_sequence = last_sequence + 1"
                          + " where id = :id returning last_sequence")
                  .bind("id", message.negotiationId())
                  .mapTo(Long.class)
                  .findOne()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no negotiation " + message.negotiationId()));
          h.createUpdate(
                  "insert into messages ("
                      + COLUMNS
                      + ") values (:id, :negotiation_id, :sequence, :sender_type, :content,"
                      + " cast(:ai_metadata as jsonb), cast(:proposal as jsonb), :created_at,"
                      + " false, cast(:read_as as jsonb))")
              .bind("id", message.id())
              .bind("negotiation_id", message.negotiationId())
              .bind("sequence", sequence)
              .bind("sender_type", message.sender().name().toLowerCase(Locale.ROOT))
              .bind("content", message.content())
              .bind("ai_metadata", message.aiMetadata().map(JsonColumns::aiMetadata).orElse(null))
              .bind("proposal", JsonColumns.terms(message.proposal()))
              .bind("created_at", Timestamp.from(message.createdAt()))
              .bind("read_as", message.readAs().map(JsonColumns::readAs).orElse(null))
              .execute();
          return message.stored(sequence);
        });
  }

  @Override
  public Optional<Message> find(UUID negotiationId, UUID messageId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from messages where id = :id and negotiation_id = :negotiation")
                .bind("id", messageId)
                .bind("negotiation", negotiationId)
                .map(PostgresMessages::message)
                .findOne());
  }

  @Override
  public List<Message> last(UUID negotiationId, int n) {
    return before(negotiationId, Long.MAX_VALUE, n);
  }

  @Override
  public List<Message> before(UUID negotiationId, long sequence, int n) {
    if (n <= 0) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select * from (select "
                        + COLUMNS
                        + " from messages where negotiation_id = :id and sequence < :below"
                        + " order by sequence desc limit :n) newest order by sequence")
                .bind("id", negotiationId)
                .bind("below", sequence)
                .bind("n", n)
                .map(PostgresMessages::message)
                .list());
  }

  @Override
  public List<Message> after(UUID negotiationId, long sequence, int n) {
    if (n <= 0) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from messages where negotiation_id = :id and sequence > :above"
                        + " order by sequence limit :n")
                .bind("id", negotiationId)
                .bind("above", sequence)
                .bind("n", n)
                .map(PostgresMessages::message)
                .list());
  }

  @Override
  public long count(UUID negotiationId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select count(*) from messages where negotiation_id = :id")
                .bind("id", negotiationId)
                .mapTo(Long.class)
                .one());
  }

  private static Message message(ResultSet rs, StatementContext ctx) throws SQLException {
    String metadata = rs.getString("ai_metadata");
    String readAs = rs.getString("read_as");
    return new Message(
        rs.getObject("id", UUID.class),
        rs.getObject("negotiation_id", UUID.class),
        rs.getLong("sequence"),
        Sender.valueOf(rs.getString("sender_type").toUpperCase(Locale.ROOT)),
        rs.getString("content"),
        Optional.ofNullable(metadata).map(JsonColumns::aiMetadata),
        JsonColumns.terms(rs.getString("proposal")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getBoolean("read"),
        Optional.ofNullable(readAs).map(JsonColumns::readAs));
  }
}
