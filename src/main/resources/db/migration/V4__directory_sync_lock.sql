-- Nodes take turns at checking directory memberships (LdapMembershipSync)
INSERT INTO cr_lock (name) VALUES ('directory-sync');
