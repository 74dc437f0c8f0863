-- Indices for Tasklist's shared filters (TasklistFilters), which sort every list by due date.
CREATE INDEX cr_task_due_date ON act_ru_task (due_date_);
