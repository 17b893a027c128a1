-- The system of record (design §7). Every query the repositories run is served by an index here.

create table users (
  id            uuid        primary key,
  email         text        not null,
  password_hash text        not null,
  display_name  text        not null,
  created_at    timestamptz not null
);
-- Emails are stored normalised (lower case), so a plain unique index enforces one account per address.
create unique index users_email_key on users (email);

create table negotiations (
  id            uuid        primary key,
  user_id       uuid        not null references users (id) on delete cascade,
  scenario_id   text        not null,
  persona_id    text        not null,
  status        text        not null check (status in ('active', 'paused', 'completed', 'expired')),
  phase         text        not null check (phase in ('opening', 'discussion', 'closing')),
  rounds        integer     not null check (rounds >= 0),
  round_limit   integer     not null check (round_limit >= 1),
  on_table      jsonb       not null,
  tabled_by     text        check (tabled_by in ('person', 'persona')),
  deal_terms    jsonb,
  final_score   jsonb,
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  expires_at    timestamptz not null,
  -- optimistic locking: a save succeeds only against the version it read
  version       bigint      not null,
  -- the sequence of the last message; appends take the next one under this row's lock
  last_sequence bigint      not null default 0
);
-- "my negotiations, newest first"
create index negotiations_user_created on negotiations (user_id, created_at desc, id desc);
-- "open negotiations due for expiry": only open ones are indexed
create index negotiations_open_expiry on negotiations (expires_at, id) where status in ('active', 'paused');

create table messages (
  id             uuid        primary key,
  negotiation_id uuid        not null references negotiations (id) on delete cascade,
  sequence       bigint      not null check (sequence >= 1),
  sender_type    text        not null check (sender_type in ('user', 'ai', 'system')),
  content        text        not null,
  ai_metadata    jsonb,
  proposal       jsonb       not null,
  created_at     timestamptz not null,
  read           boolean     not null default false
);
-- one message per place in a transcript; also serves last N / before S / after S
create unique index messages_negotiation_sequence on messages (negotiation_id, sequence);

create table audit_events (
  id             bigint      generated always as identity primary key,
  occurred_at    timestamptz not null,
  user_id        uuid,
  socket_id      text        not null,
  ip             text        not null,
  event          text        not null,
  negotiation_id uuid,
  outcome        text        not null,
  detail         text        not null
);
-- audit questions are "what happened in this negotiation" and "what did this user do"; no foreign
-- keys, so the trail outlives what it talks about
create index audit_events_negotiation on audit_events (negotiation_id, occurred_at) where negotiation_id is not null;
create index audit_events_user on audit_events (user_id, occurred_at) where user_id is not null;
