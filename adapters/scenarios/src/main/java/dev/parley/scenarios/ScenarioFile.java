package dev.parley.scenarios;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.parley.domain.scenario.Direction;
import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.FactSheet;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.PersonBrief;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.PrivateValues;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one scenario file: YAML, checked against {@code scenario.schema.json} (types, required and
 * unknown fields), then against the domain's rules (ranges, steps, limits on the grid, a brief that
 * does not contradict itself). Every problem names the file and the field.
 */
public final class ScenarioFile {

  /** Large enough for any real scenario, small enough that a runaway file is refused early. */
  static final int MAX_BYTES = 256 * 1024;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Schema SCHEMA = loadSchema();

  private final String file;

  private ScenarioFile(String file) {
    this.file = file;
  }

  /** The scenario in {@code yaml}, read from the file called {@code file} (for messages). */
  public static Scenario read(String file, String yaml) throws ScenarioFileException {
    return new ScenarioFile(file).parse(yaml);
  }

  private Scenario parse(String yaml) throws ScenarioFileException {
    if (yaml.length() > MAX_BYTES) {
      throw refused("$", "the file is larger than " + MAX_BYTES / 1024 + " KiB");
    }
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw refused("$", "not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw refused("$", "the file is empty");
    }
    List<Error> errors = SCHEMA.validate(root);
    if (!errors.isEmpty()) {
      List<ScenarioProblem> problems = new ArrayList<>();
      for (Error error : errors) {
        problems.add(
            new ScenarioProblem(
                file, field(error.getInstanceLocation().toString()), message(error)));
      }
      throw new ScenarioFileException(problems);
    }
    return scenario(root);
  }

  private Scenario scenario(JsonNode root) throws ScenarioFileException {
    String id = root.get("id").asText();
    List<Issue> issues = new ArrayList<>();
    Map<String, IssuePreference> person = new LinkedHashMap<>();
    Map<String, IssuePreference> persona = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    JsonNode issueNodes = root.get("issues");
    for (int i = 0; i < issueNodes.size(); i++) {
      JsonNode node = issueNodes.get(i);
      String at = "issues[" + i + "]";
      Issue issue = issue(node, at);
      if (person.containsKey(issue.key())) {
        throw refused(at + ".key", "the issue " + issue.key() + " is listed twice");
      }
      issues.add(issue);
      person.put(issue.key(), preference(issue, node.get("person"), at + ".person"));
      persona.put(issue.key(), preference(issue, node.get("persona"), at + ".persona"));
      JsonNode why = node.get("person").get("why");
      if (why != null) {
        reasons.put(issue.key(), why.asText());
      }
    }
    JsonNode personNode = root.get("person");
    JsonNode alternative = personNode.get("best_alternative");
    Terms alternativeTerms = alternativeTerms(alternative.get("terms"), issues);
    Preferences personPreferences = preferences(person, "issues[*].person.weight");
    Preferences personaPreferences = preferences(persona, "issues[*].persona.weight");
    checkAlternative(issues, person, alternativeTerms);
    try {
      return new Scenario(
          id,
          root.get("title").asText(),
          root.get("description").asText(),
          issues,
          new PersonBrief(
              personNode.get("role").asText(),
              personNode.get("situation").asText(),
              personPreferences,
              alternative.get("text").asText(),
              alternativeTerms,
              reasons),
          new PrivateValues(root.get("persona").get("role").asText(), personaPreferences),
          facts(root.get("facts")),
          Duration.ofMinutes(root.get("time_limit_minutes").asInt()),
          root.get("round_limit").asInt());
    } catch (IllegalArgumentException e) {
      throw refused("$", e.getMessage());
    }
  }

  private Issue issue(JsonNode node, String at) throws ScenarioFileException {
    String key = node.get("key").asText();
    double min = node.get("min").asDouble();
    double max = node.get("max").asDouble();
    double step = node.get("step").asDouble();
    if (!(min < max)) {
      throw refused(at + ".max", "must be greater than min (" + min + ")");
    }
    double steps = (max - min) / step;
    if (Math.abs(steps - Math.rint(steps)) > 1e-6) {
      throw refused(at + ".step", "max - min must be a whole number of steps");
    }
    List<String> names = new ArrayList<>();
    names.add(node.get("label").asText().toLowerCase(Locale.ROOT));
    words(node.get("called")).stream().filter(name -> !names.contains(name)).forEach(names::add);
    return new Issue(
        key,
        node.get("label").asText(),
        Unit.valueOf(node.get("unit").asText().toUpperCase(Locale.ROOT)),
        IssueKind.valueOf(node.get("kind").asText().toUpperCase(Locale.ROOT)),
        min,
        max,
        step,
        names,
        words(node.get("complement_called")));
  }

  private IssuePreference preference(Issue issue, JsonNode node, String at)
      throws ScenarioFileException {
    Direction direction =
        node.get("better").asText().equals("higher")
            ? Direction.HIGHER_IS_BETTER
            : Direction.LOWER_IS_BETTER;
    double reservation = node.get("reservation").asDouble();
    double target = node.get("target").asDouble();
    for (String field : List.of("reservation", "target")) {
      double value = field.equals("target") ? target : reservation;
      if (!issue.allows(value)) {
        throw refused(
            at + "." + field,
            "must be within "
                + number(issue.min())
                + ".."
                + number(issue.max())
                + " on a step of "
                + number(issue.step()));
      }
    }
    if (!direction.atLeastAsGood(target, reservation)) {
      throw refused(
          at + ".target", "must be at least as good as the reservation for this side's direction");
    }
    return new IssuePreference(node.get("weight").asDouble(), direction, reservation, target);
  }

  private Preferences preferences(Map<String, IssuePreference> byIssue, String at)
      throws ScenarioFileException {
    if (byIssue.values().stream().mapToDouble(IssuePreference::weight).sum() <= 0) {
      throw refused(at, "at least one weight of this side must be above 0");
    }
    return new Preferences(byIssue);
  }

  private Terms alternativeTerms(JsonNode node, List<Issue> issues) throws ScenarioFileException {
    Map<String, Double> values = new LinkedHashMap<>();
    if (node == null) {
      return Terms.NONE;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = "person.best_alternative.terms." + entry.getKey();
      Issue issue =
          issues.stream()
              .filter(candidate -> candidate.key().equals(entry.getKey()))
              .findFirst()
              .orElseThrow(() -> refused(at, "names no issue of this scenario"));
      double value = entry.getValue().asDouble();
      if (!issue.allows(value)) {
        throw refused(at, "is not an allowed value of " + issue.key());
      }
      values.put(issue.key(), value);
    }
    return Terms.of(values);
  }

  /** The person's floor never sits below their own outside option on the issues it names. */
  private void checkAlternative(
      List<Issue> issues, Map<String, IssuePreference> person, Terms alternative)
      throws ScenarioFileException {
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      IssuePreference preference = person.get(issue.key());
      var value = alternative.valueOf(issue.key());
      if (value.isPresent()
          && !preference.direction().atLeastAsGood(preference.reservation(), value.get())) {
        throw refused(
            "issues[" + i + "].person.reservation",
            "the floor "
                + number(preference.reservation())
                + " is worse than the best alternative's "
                + number(value.get())
                + ": the brief would tell the person to accept less than they already have");
      }
    }
  }

  private static FactSheet facts(JsonNode nodes) {
    List<Fact> facts = new ArrayList<>();
    for (JsonNode node : nodes) {
      facts.add(
          new Fact(
              node.get("topic").asText(),
              words(node.get("asked_as")),
              node.get("answer").asText(),
              node.path("negotiable").asBoolean(false)));
    }
    return new FactSheet(facts);
  }

  private static List<String> words(JsonNode node) {
    List<String> words = new ArrayList<>();
    if (node != null) {
      node.forEach(word -> words.add(word.asText().strip().toLowerCase(Locale.ROOT)));
    }
    return words;
  }

  private ScenarioFileException refused(String field, String message) {
    return new ScenarioFileException(List.of(new ScenarioProblem(file, field, message)));
  }

  /** The JSON pointer "/issues/0/person" as "issues[0].person"; the whole file is "$". */
  private static String field(String pointer) {
    StringBuilder field = new StringBuilder();
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.chars().allMatch(Character::isDigit)) {
        field.append('[').append(segment).append(']');
      } else {
        field
            .append(field.isEmpty() ? "" : ".")
            .append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return field.isEmpty() ? "$" : field.toString();
  }

  /** The validator's message without the location it starts with. */
  private static String message(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static Schema loadSchema() {
    try (InputStream in = ScenarioFile.class.getResourceAsStream("scenario.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("scenario.schema.json is missing from the classpath");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
