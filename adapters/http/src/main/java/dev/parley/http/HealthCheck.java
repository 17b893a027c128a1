package dev.parley.http;

import java.util.function.BooleanSupplier;

/**
 * One thing {@code /observe/health} checks, e.g. {@code new HealthCheck("database",
 * db::isReachable)}.
 */
public record HealthCheck(String name, BooleanSupplier healthy) {}
