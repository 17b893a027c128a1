/**
 * The use cases, one class per thing a person or the system does ({@code SendingAMessage}, {@code
 * JoiningANegotiation}, ...), over the ports in {@link dev.parley.domain.port}. Each returns a
 * {@link dev.parley.domain.result.Result}: a value, or a refusal with the contract's error code.
 * {@link dev.parley.domain.usecase.UseCases#wire} builds them all.
 */
package dev.parley.domain.usecase;
