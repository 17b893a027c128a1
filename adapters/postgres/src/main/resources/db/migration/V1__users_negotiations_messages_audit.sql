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
