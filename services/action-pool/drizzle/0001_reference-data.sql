-- The field-of-action slugs the regions subgraph publishes (its 0001_reference-data migration), so that actions are
-- tagged only with slugs the network knows. Retired slugs of the 2019 taxonomy stay for older actions but are not
-- accepted for new ones.
INSERT INTO "action_pool"."fields_of_action" ("slug", "retired") VALUES
  ('agriculture-food', false),
  ('energy', false),
  ('building-housing', false),
  ('mobility', false),
  ('economy', false),
  ('social-cohesion', false),
  ('food', true),
  ('energy-transport', true),
  ('finance-economy', true);
