-- Every task query joins the asker's authorizations, filtered on permission bits (PERMS_ & 2 = 2 for a task's
-- READ, PERMS_ & 64 = 64 for a process definition's READ_TASK). Without statistics on those expressions
-- PostgreSQL guesses 0.5% of a group's rows pass, so for a group holding a task in every case (the LA
-- notifiers: one authorization per task) it expects a dozen rows and compares every task with every one of
-- them, which grows with the square of the tasks (9,000 tasks: 81 million comparisons, 30 s). Told the real
-- share, and with the production profile's plan settings (plans made with the statement's values, no
-- materialised grants), it looks each task's grants up by resource id instead, in time that grows with the
-- tasks only.
CREATE STATISTICS cr_authorization_permission_bits
  ON (perms_ & 2), (perms_ & 64), (perms_ & 4096) FROM act_ru_authorization;
ANALYZE act_ru_authorization;
