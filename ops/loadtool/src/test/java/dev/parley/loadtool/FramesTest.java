package dev.parley.loadtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.loadtool.Frames.Frame;
import org.junit.jupiter.api.Test;

class FramesTest {
  @Test
  void engine_io_open_ping_and_close_are_recognised() {
    assertThat(Frames.parse("0{\"sid\":\"abc\",\"upgrades\":[]}"))
        .isEqualTo(new Frame.Open("{\"sid\":\"abc\",\"upgrades\":[]}"));
    assertThat(Frames.parse("2")).isEqualTo(new Frame.Ping());
    assertThat(Frames.parse("2probe")).isInstanceOf(Frame.Other.class);
    assertThat(Frames.parse("1")).isEqualTo(new Frame.Close());
    assertThat(Frames.parse("6")).isInstanceOf(Frame.Other.class);
    assertThat(Frames.parse("")).isInstanceOf(Frame.Other.class);
  }

  @Test
  void namespace_connect_and_refusal_keep_their_payload() {
    assertThat(Frames.parse("40{\"sid\":\"x1\"}"))
        .isEqualTo(new Frame.Connected("{\"sid\":\"x1\"}"));
    assertThat(Frames.parse("44{\"message\":\"Authentication error\"}"))
        .isEqualTo(new Frame.ConnectRefused("{\"message\":\"Authentication error\"}"));
  }

  @Test
  void events_give_their_name_and_raw_array_even_with_a_server_ack_id() {
    assertThat(Frames.parse("42[\"message-received\",{\"content\":\"hi\"}]"))
        .isEqualTo(
            new Frame.Event("message-received", "[\"message-received\",{\"content\":\"hi\"}]"));
    assertThat(Frames.parse("4217[\"ping-me\"]"))
        .isEqualTo(new Frame.Event("ping-me", "[\"ping-me\"]"));
    assertThat(Frames.parse("42[\"say \\\"x\\\"\",1]"))
        .isEqualTo(new Frame.Event("say \\\"x\\\"", "[\"say \\\"x\\\"\",1]"));
    assertThat(Frames.parse("42{\"not\":\"an array\"}")).isInstanceOf(Frame.Other.class);
  }

  @Test
  void acks_give_their_id_and_arguments() {
    assertThat(Frames.parse("4312[{\"ok\":true}]")).isEqualTo(new Frame.Ack(12, "[{\"ok\":true}]"));
    assertThat(Frames.parse("43[{\"ok\":true}]")).isInstanceOf(Frame.Other.class);
    assertThat(Frames.parse("4312345678901[]")).isInstanceOf(Frame.Other.class);
  }

  @Test
  void outgoing_frames_follow_the_wire_format() {
    assertThat(Frames.connect("{\"token\":\"t\"}")).isEqualTo("40{\"token\":\"t\"}");
    assertThat(Frames.pong()).isEqualTo("3");
    assertThat(Frames.event(7, "join-negotiation", "{\"negotiation_id\":\"n\"}"))
        .isEqualTo("427[\"join-negotiation\",{\"negotiation_id\":\"n\"}]");
    assertThat(Frames.event("typing-start", "{}")).isEqualTo("42[\"typing-start\",{}]");
  }

  @Test
  void the_stamp_in_the_content_survives_a_round_trip_through_an_event() {
    String content = Frames.stampedContent(123_456_789_012L, 4);
    String received =
        "42[\"message-received\",{\"id\":\"m\",\"content\":" + Frames.quote(content) + "}]";

    assertThat(Frames.stampOf(received)).hasValue(123_456_789_012L);
    assertThat(content).doesNotContainPattern("[0-9]");
    assertThat(Frames.stampOf(Frames.stampedContent(Long.MAX_VALUE, 0))).hasValue(Long.MAX_VALUE);
    assertThat(Frames.stampOf("42[\"message-received\",{\"content\":\"hello\"}]")).isEmpty();
  }

  @Test
  void quoting_escapes_what_json_requires() {
    assertThat(Frames.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }
}
