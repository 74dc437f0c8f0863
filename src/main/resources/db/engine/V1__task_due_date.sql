-- Every shared Tasklist filter sorts by due date, and "Overdue" and "Due soon" select on it (TasklistFilters);
-- Camunda indexes the task's creation time but not its due date.
CREATE INDEX cr_task_due_date ON act_ru_task (due_date_);
