package dev.parley.reader.corpus;

import dev.parley.domain.persona.Move;
import dev.parley.domain.terms.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The labelled learner messages of {@code src/test/resources/corpus/<scenario>.tsv}: one utterance
 * per line as {@code category TAB text TAB expected [TAB note]}, with {@code @today} and {@code
 * @table} directives setting the date and the persona's terms on the table for the lines after
 * them. {@code expected} is {@code offer key=value ...}, {@code accept}, {@code reject}, {@code
 * walk_away}, {@code ask} or {@code talk}.
 */
public record LabelledCorpus(String scenarioId, List<Utterance> utterances) {

  /** One labelled line, with the context it is read in. */
  public record Utterance(
      String scenarioId,
      int line,
      String category,
      String text,
      Move expected,
      Terms onTable,
      LocalDate today) {}

  public static LabelledCorpus load(String scenarioId) {
    return load("/corpus/", scenarioId);
  }

  /**
   * The corpus of {@code scenarioId} in the resource folder {@code folder} ("/corpus/holdout2/").
   */
  public static LabelledCorpus load(String folder, String scenarioId) {
    String resource = folder + scenarioId + ".tsv";
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no corpus " + resource);
      }
      return parse(scenarioId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /**
   * The held-out corpora: every {@code <scenario>.tsv} in any resource folder {@code
   * /corpus/holdout<suffix>/} ("holdout", "holdout2"), by folder name then scenario, read in name
   * order. Folders that are missing, or hold no utterances yet, give nothing.
   */
  public static Map<String, List<LabelledCorpus>> heldOut() {
    Map<String, List<LabelledCorpus>> sets = new TreeMap<>();
    URL root = LabelledCorpus.class.getResource("/corpus/");
    if (root == null || !root.getProtocol().equals("file")) {
      return sets;
    }
    try (Stream<Path> folders = Files.list(Path.of(root.toURI()))) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String name = folder.getFileName().toString();
        if (!name.startsWith("holdout")) {
          continue;
        }
        List<LabelledCorpus> corpora = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
            String scenarioId = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            LabelledCorpus corpus = load("/corpus/" + name + "/", scenarioId);
            if (!corpus.utterances().isEmpty()) {
              corpora.add(corpus);
            }
          }
        }
        if (!corpora.isEmpty()) {
          sets.put(name, List.copyOf(corpora));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the held-out corpora", e);
    }
    return sets;
  }

  static LabelledCorpus parse(String scenarioId, String content) {
    List<Utterance> utterances = new ArrayList<>();
    LocalDate today = null;
    Terms onTable = Terms.NONE;
    String[] lines = content.split("\n", -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].stripTrailing();
      int number = index + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@today ")) {
        today = LocalDate.parse(line.substring("@today ".length()).strip());
      } else if (line.startsWith("@table ")) {
        onTable = terms(line.substring("@table ".length()), scenarioId, number);
      } else {
        String[] columns = line.split("\t");
        if (columns.length < 3 || columns.length > 4) {
          throw new IllegalArgumentException(
              scenarioId + ".tsv line " + number + ": expected 3 or 4 tab-separated columns");
        }
        if (today == null) {
          throw new IllegalArgumentException(scenarioId + ".tsv: @today must come first");
        }
        utterances.add(
            new Utterance(
                scenarioId,
                number,
                columns[0].strip(),
                columns[1],
                expected(columns[2].strip(), scenarioId, number),
                onTable,
                today));
      }
    }
    return new LabelledCorpus(scenarioId, List.copyOf(utterances));
  }

  private static Move expected(String label, String scenarioId, int line) {
    return switch (label) {
      case "accept" -> new Move.Accept();
      case "reject" -> new Move.Reject();
      case "walk_away" -> new Move.WalkAway();
      case "ask" -> new Move.Ask();
      case "talk" -> new Move.Talk();
      default -> {
        if (!label.startsWith("offer ")) {
          throw new IllegalArgumentException(
              scenarioId + ".tsv line " + line + ": unknown label '" + label + "'");
        }
        yield new Move.CounterOffer(terms(label.substring("offer ".length()), scenarioId, line));
      }
    };
  }

  private static Terms terms(String pairs, String scenarioId, int line) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String pair : pairs.strip().split("\\s+")) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException(
            scenarioId + ".tsv line " + line + ": '" + pair + "' is not key=value");
      }
      values.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
    }
    return Terms.of(values);
  }
}
