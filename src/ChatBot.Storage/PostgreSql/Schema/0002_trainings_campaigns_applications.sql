-- Trainings, campaigns, announcements and applications.

-- The scheduler's round reads the upcoming trainings that are not cancelled, and locks their rows.
alter table trainings
    add column starts_at timestamptz,
    add column status text collate ignore_case;
create index trainings_starts_at on trainings (starts_at);

-- An enrollment's number is a number: 0001 declared it as text, where "10" sorts before "9". No store wrote the
-- table before this file, so the conversion meets no row that is not a number.
alter table enrollments alter column number type bigint using number::bigint;

-- The subscribers to news (campaigns, announcements): the conversations whose record holds a consent, paged by id.
create index conversations_news on conversations (id) where jsonb_typeof(doc -> 'News') = 'object';
