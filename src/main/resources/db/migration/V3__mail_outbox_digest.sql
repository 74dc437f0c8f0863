-- The weekly digest lists several cases in one mail: its parameters outgrow 4,000 characters.
ALTER TABLE cr_mail_outbox ALTER COLUMN parameters SET DATA TYPE VARCHAR(100000);
