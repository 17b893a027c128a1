package dev.parley.memory.contract;

import dev.parley.domain.account.UserRepository;
import dev.parley.domain.port.DebriefRepository;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;

/**
 * The repositories of one storage, fresh and empty. They come together because negotiations belong
 * to users and messages and debriefs to negotiations (the database enforces it).
 */
public record Stores(
    UserRepository users,
    NegotiationRepository negotiations,
    MessageRepository messages,
    DebriefRepository debriefs) {}
