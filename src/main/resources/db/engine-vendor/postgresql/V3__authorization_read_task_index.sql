-- Every task query joins each task to the asker's grants with RESOURCE_ID_ IN (task id, process key, '*'),
-- looked up per task in Camunda's index on RESOURCE_ID_. That index holds every grant on '*' (about 60: each
-- group's right to see diagrams, start processes, use Cockpit, an administrator's every right), so each task
-- read all of them from the table only to drop them for their resource type or permission. This index holds
-- only the grants a task query can use (a task's READ, a process definition's READ_TASK): PostgreSQL uses it
-- when the query's condition, with its values, is the index's own, as the task query's is. It sees the values
-- only in a plan made for them: the production profile's plan_cache_mode = force_custom_plan. A task then
-- reads its own grants and the one or two on '*' that can matter.
CREATE INDEX cr_authorization_read_task ON act_ru_authorization (resource_id_)
  WHERE type_ < 2 AND (resource_type_ = 7 AND perms_ & 2 = 2 OR resource_type_ = 6 AND perms_ & 64 = 64);
