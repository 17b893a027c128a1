-- Each finished negotiation's debrief, written once at its ending (dev.parley.domain.debrief).
create table debriefs (
  negotiation_id uuid        primary key references negotiations (id) on delete cascade,
  body           jsonb       not null,
  created_at     timestamptz not null default now()
);
