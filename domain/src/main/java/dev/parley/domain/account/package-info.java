/**
 * User accounts: who may sign in, how passwords and access tokens are checked. The ports ({@link
 * dev.parley.domain.account.UserRepository}, {@link dev.parley.domain.account.PasswordHasher},
 * {@link dev.parley.domain.account.TokenService}) are implemented by adapters; the use cases
 * ({@link dev.parley.domain.account.RegisteringAnAccount}, {@link
 * dev.parley.domain.account.SigningIn}) hold the rules.
 */
package dev.parley.domain.account;
