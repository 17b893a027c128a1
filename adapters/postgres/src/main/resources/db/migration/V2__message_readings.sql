-- What the reader took a learner's chat message for (ReadAs), so the history can show it again.
-- Null for the AI's messages and for messages stored before readings were kept.
alter table messages add column read_as jsonb;
