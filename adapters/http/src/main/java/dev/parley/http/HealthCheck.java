package dev.parley.http;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One thing {@code /observe/health} checks, e.g. {@code new HealthCheck("database",
 * db::isReachable)}. A failing {@link Impact#DOWN} check makes the node unfit to serve (503); a
 * failing {@link Impact#DEGRADED} one is reported while the node serves on (200).
 */
public record HealthCheck(String name, BooleanSupplier healthy, Impact impact) {

  /** What a failure of the check means for the node. */
  public enum Impact {
    DOWN,
    DEGRADED
  }

  public HealthCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(healthy, "healthy");
    Objects.requireNonNull(impact, "impact");
  }

  /** A check the node cannot serve without. */
  public HealthCheck(String name, BooleanSupplier healthy) {
    this(name, healthy, Impact.DOWN);
  }

  /** A check the node serves on without, in a lesser way. */
  public static HealthCheck degrading(String name, BooleanSupplier healthy) {
    return new HealthCheck(name, healthy, Impact.DEGRADED);
  }
}
