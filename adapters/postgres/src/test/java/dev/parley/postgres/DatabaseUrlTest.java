package dev.parley.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void a_platform_style_url_becomes_a_jdbc_url_with_credentials() {
    assertThat(DatabaseUrl.parse("postgres://parley:secret@db.example.org:6543/parley"))
        .isEqualTo(
            new DatabaseUrl("jdbc:postgresql://db.example.org:6543/parley", "parley", "secret"));
  }

  @Test
  void the_postgresql_scheme_the_default_port_and_query_options_are_understood() {
    assertThat(DatabaseUrl.parse("postgresql://u:p@localhost/app?sslmode=require"))
        .isEqualTo(
            new DatabaseUrl("jdbc:postgresql://localhost:5432/app?sslmode=require", "u", "p"));
  }

  @Test
  void percent_encoded_credentials_are_decoded_and_a_plus_stays_a_plus() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Aa%2Fss+w@127.0.0.1:15432/db");

    assertThat(url.user()).isEqualTo("us@er");
    assertThat(url.password()).isEqualTo("p:a/ss+w");
  }

  @Test
  void a_url_without_credentials_or_password_leaves_them_to_the_driver() {
    assertThat(DatabaseUrl.parse("postgres://localhost:5432/db"))
        .isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost:5432/db", null, null));
    assertThat(DatabaseUrl.parse("postgres://only-user@localhost/db").password()).isNull();
  }

  @Test
  void a_jdbc_url_is_taken_as_it_is() {
    String jdbc = "jdbc:postgresql://127.0.0.1:15432/parley?user=parley&password=parley";

    assertThat(DatabaseUrl.parse("  " + jdbc + " ")).isEqualTo(new DatabaseUrl(jdbc, null, null));
  }

  @Test
  void malformed_urls_are_refused_with_the_expected_shape_and_without_echoing_secrets() {
    for (String bad :
        new String[] {
          "",
          "mysql://u:p@h/db",
          "postgres://u:p@/db",
          "postgres://u:p@host",
          "postgres://u:p@host/",
          "postgres://u:p w@host/db",
          "postgres://u:p@host/a/b"
        }) {
      assertThatThrownBy(() -> DatabaseUrl.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected postgres://")
          .message()
          .doesNotContain("p w");
    }
  }

  @Test
  void the_password_is_not_printed() {
    assertThat(DatabaseUrl.parse("postgres://u:hunter2@h/db").toString()).doesNotContain("hunter2");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?password=hunter2").toString())
        .doesNotContain("hunter2");
  }

  @Test
  void a_schema_is_added_as_the_current_schema_option() {
    assertThat(DatabaseUrl.parse("postgres://u:p@h/db").withSchema("t1").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h:5432/db?currentSchema=t1");
    assertThat(DatabaseUrl.parse("postgres://u:p@h/db?ssl=true").withSchema("t1").jdbcUrl())
        .endsWith("?ssl=true&currentSchema=t1");
  }
}
