-- Every task query with authorization checks joins ACT_RU_AUTHORIZATION filtered on permission bits
-- (PERMS_ & 2 = 2: READ on a task; PERMS_ & 64 = 64: READ_TASK on a process definition). PostgreSQL guesses 0.5 %
-- for such an expression and so plans for a handful of rows where a group with a task in every case has one
-- authorization per task; the join is then checked row against row, which grows with the square of the
-- group's tasks. An index on the expression makes PostgreSQL keep statistics on it, so it plans for the real
-- number. (PostgreSQL only: H2 has neither expression indices nor this planner.)
CREATE INDEX cr_auth_perm_read ON act_ru_authorization ((perms_ & 2));
CREATE INDEX cr_auth_perm_read_task ON act_ru_authorization ((perms_ & 64));
