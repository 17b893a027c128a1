package dev.parley.domain.persona;

import java.util.Objects;

/**
 * What the person may know about a persona before choosing it. {@code model} is what AI messages
 * report as {@code ai_metadata.model}.
 */
public record PersonaDescriptor(
    String id, String name, String description, String style, String model) {
  public PersonaDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(model, "model");
  }
}
