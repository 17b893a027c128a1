package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal persona of docs/personas.md builds, loads and negotiates as the guide says. */
class DocumentedExampleTest {

  @TempDir Path work;

  @Test
  void theGuidesMinimalPersonaWorks() throws Exception {
    Path guide =
        Path.of(System.getProperty("parley.plugins.root", "../../plugins"), "../docs/personas.md");
    Matcher example =
        Pattern.compile("```java\\n(package example;.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(guide));
    assertThat(example.find()).as("a java example in %s", guide).isTrue();

    Path dir = Files.createDirectories(work.resolve("plugins"));
    try (PluginPersonaCatalogue catalogue =
        PluginPersonaCatalogue.start(dir, PluginSettings.of(Map.of(), Map.of()))) {
      PluginJars.build(
          work,
          dir,
          "persona-mirror",
          ">=1.0.0 & <2.0.0",
          "example.MirrorPersonaExtension",
          example.group(1));
      assertThat(catalogue.descriptors())
          .extracting(PersonaDescriptor::id)
          .containsExactly("mirror");
      Result<AiTurn> turn = new AiTurns(catalogue, Duration.ofSeconds(5)).openingTurn("mirror");
      assertThat(turn.isOk()).as(String.valueOf(turn)).isTrue();
      assertThat(((Result.Ok<AiTurn>) turn).value().message().content())
          .startsWith("Here is my proposal: salary at");
    }
  }
}
