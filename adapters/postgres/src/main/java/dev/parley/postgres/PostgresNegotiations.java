package dev.parley.postgres;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.scenario.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Negotiations in the {@code negotiations} table, saved with an optimistic version check. */
final class PostgresNegotiations implements NegotiationRepository {
  private static final String COLUMNS =
      "id, user_id, scenario_id, persona_id, status, phase, rounds, round_limit, on_table,"
          + " tabled_by, deal_terms, final_score, created_at, updated_at, expires_at, version";
  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;

  PostgresNegotiations(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void create(Negotiation negotiation) {
    try {
      jdbi.useHandle(
          h ->
              bindAll(
                      h.createUpdate(
                          "insert into negotiations ("
                              + COLUMNS
                              + ") values (:id, :user_id, :scenario_id, :persona_id, :status,"
                              + " :phase, :rounds, :round_limit, cast(:on_table as jsonb),"
                              + " :tabled_by, cast(:deal_terms as jsonb),"
                              + " cast(:final_score as jsonb), :created_at, :updated_at,"
                              + " :expires_at, :version)"),
                      negotiation)
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        throw new IllegalStateException("negotiation " + negotiation.id() + " already exists", e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Negotiation> findById(UUID id) {
    return jdbi.withHandle(h -> findById(h, id));
  }

  private static Optional<Negotiation> findById(Handle h, UUID id) {
    return h.createQuery("select " + COLUMNS + " from negotiations where id = :id")
        .bind("id", id)
        .map(PostgresNegotiations::negotiation)
        .findOne();
  }

  @Override
  public Optional<Negotiation> findByIdAndOwner(UUID id, UUID userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select " + COLUMNS + " from negotiations where id = :id and user_id = :user")
                .bind("id", id)
                .bind("user", userId)
                .map(PostgresNegotiations::negotiation)
                .findOne());
  }

  @Override
  public List<Negotiation> listByOwner(UUID userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from negotiations where user_id = :user"
                        + " order by created_at desc, id desc")
                .bind("user", userId)
                .map(PostgresNegotiations::negotiation)
                .list());
  }

  @Override
  public List<Negotiation> pageByOwner(UUID userId, Optional<OwnerPosition> after, int limit) {
    return jdbi.withHandle(
        h -> {
          var query =
              h.createQuery(
                      "select "
                          + COLUMNS
                          + " from negotiations where user_id = :user"
                          + (after.isPresent() ? " and (created_at, id) < (:created, :id)" : "")
                          + " order by created_at desc, id desc limit :limit")
                  .bind("user", userId)
                  .bind("limit", limit);
          after.ifPresent(
              position ->
                  query
                      .bind("created", Timestamp.from(position.createdAt()))
                      .bind("id", position.id()));
          return query.map(PostgresNegotiations::negotiation).list();
        });
  }

  @Override
  public int countOpenByOwner(UUID userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from negotiations where user_id = :user"
                        + " and status in ('active', 'paused')")
                .bind("user", userId)
                .mapTo(Integer.class)
                .one());
  }

  @Override
  public List<Negotiation> listExpiringBy(Instant now, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from negotiations where status in ('active', 'paused')"
                        + " and expires_at <= :now order by expires_at, id limit :limit")
                .bind("now", Timestamp.from(now))
                .bind("limit", limit)
                .map(PostgresNegotiations::negotiation)
                .list());
  }

  @Override
  public SaveOutcome save(Negotiation negotiation) {
    return jdbi.inTransaction(
        h -> {
          Negotiation next = negotiation.withVersion(negotiation.version() + 1);
          int updated =
              bindAll(
                      h.createUpdate(
                          "update negotiations set status = :status, phase = :phase,"
                              + " rounds = :rounds, round_limit = :round_limit,"
                              + " on_table = cast(:on_table as jsonb), tabled_by = :tabled_by,"
                              + " deal_terms = cast(:deal_terms as jsonb),"
                              + " final_score = cast(:final_score as jsonb),"
                              + " updated_at = :updated_at, expires_at = :expires_at,"
                              + " version = :version where id = :id and version = :expected"),
                      next)
                  .bind("expected", negotiation.version())
                  .execute();
          if (updated == 1) {
            return new SaveOutcome.Saved(next);
          }
          return findById(h, negotiation.id())
              .<SaveOutcome>map(SaveOutcome.Conflict::new)
              .orElseGet(SaveOutcome.Missing::new);
        });
  }

  private static <S extends SqlStatement<S>> S bindAll(S statement, Negotiation n) {
    return statement
        .bind("id", n.id())
        .bind("user_id", n.userId())
        .bind("scenario_id", n.scenarioId())
        .bind("persona_id", n.personaId())
        .bind("status", lower(n.status()))
        .bind("phase", lower(n.phase()))
        .bind("rounds", n.rounds())
        .bind("round_limit", n.roundLimit())
        .bind("on_table", JsonColumns.terms(n.onTable()))
        .bind("tabled_by", n.tabledBy().map(PostgresNegotiations::lower).orElse(null))
        .bind("deal_terms", n.dealTerms().map(JsonColumns::dealTerms).orElse(null))
        .bind("final_score", n.finalScore().map(JsonColumns::finalScore).orElse(null))
        .bind("created_at", Timestamp.from(n.createdAt()))
        .bind("updated_at", Timestamp.from(n.updatedAt()))
        .bind("expires_at", Timestamp.from(n.expiresAt()))
        .bind("version", n.version());
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static Negotiation negotiation(ResultSet rs, StatementContext ctx) throws SQLException {
    String tabledBy = rs.getString("tabled_by");
    String deal = rs.getString("deal_terms");
    String score = rs.getString("final_score");
    return new Negotiation(
        rs.getObject("id", UUID.class),
        rs.getObject("user_id", UUID.class),
        rs.getString("scenario_id"),
        rs.getString("persona_id"),
        NegotiationStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        Phase.valueOf(rs.getString("phase").toUpperCase(Locale.ROOT)),
        rs.getInt("rounds"),
        rs.getInt("round_limit"),
        JsonColumns.terms(rs.getString("on_table")),
        Optional.ofNullable(tabledBy).map(s -> Side.valueOf(s.toUpperCase(Locale.ROOT))),
        Optional.ofNullable(deal).map(JsonColumns::dealTerms),
        Optional.ofNullable(score).map(JsonColumns::finalScore),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        rs.getLong("version"));
  }
}
