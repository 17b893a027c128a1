/**
 * Concession strategies as pure building blocks for personas: how much to ask for ({@link
 * dev.parley.domain.strategy.ConcessionStrategy}: Boulware, Conceder, tit-for-tat), which package
 * asks for it ({@link dev.parley.domain.strategy.Packaging}: even concession or logrolling
 * trade-offs), and {@link dev.parley.domain.strategy.Bargainer}, which combines them into moves.
 */
package dev.parley.domain.strategy;
