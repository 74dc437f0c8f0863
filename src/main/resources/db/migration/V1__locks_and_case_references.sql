-- Tables of our own beside Camunda's ACT_* tables (Camunda manages its schema itself).

-- Rows locked with SELECT ... FOR UPDATE so that two application nodes on one database take turns.
CREATE TABLE cr_lock (
  name VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO cr_lock (name) VALUES ('access-setup');
INSERT INTO cr_lock (name) VALUES ('case-reference');

-- The last case number given out in each year: CR-2026-0001, CR-2026-0002, ...
CREATE TABLE cr_case_reference_counter (
  reference_year INTEGER NOT NULL PRIMARY KEY,
  last_number INTEGER NOT NULL
);
