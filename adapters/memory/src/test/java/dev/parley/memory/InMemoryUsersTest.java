package dev.parley.memory;

import dev.parley.domain.account.UserRepository;
import dev.parley.memory.contract.UserRepositoryContract;

class InMemoryUsersTest extends UserRepositoryContract {
  @Override
  protected UserRepository newRepository() {
    return new InMemoryUsers();
  }
}
