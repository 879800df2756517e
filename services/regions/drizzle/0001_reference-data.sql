-- Reference data every environment needs. The fields of action changed over time: the 2019 taxonomy is kept as
-- retired so that older regions keep their history.
INSERT INTO "regions"."fields_of_action" ("slug", "name_de", "name_en", "taxonomy", "cross_cutting", "retired", "position") VALUES
  ('agriculture-food', 'Landwirtschaft & Ernährung', 'Agriculture & food', '2023', false, false, 1),
  ('energy', 'Energie', 'Energy', '2023', false, false, 2),
  ('building-housing', 'Bauen & Wohnen', 'Building & housing', '2023', false, false, 3),
  ('mobility', 'Mobilität', 'Mobility', '2023', false, false, 4),
  ('economy', 'Wirtschaft', 'Economy', '2023', false, false, 5),
  ('social-cohesion', 'Sozialer Zusammenhalt', 'Social cohesion', '2023', true, false, 6),
  ('food', 'Ernährung', 'Food', '2019', false, true, 7),
  ('energy-transport', 'Energie & Verkehr', 'Energy & transport', '2019', false, true, 8),
  ('finance-economy', 'Finanzen & Wirtschaft', 'Finance & economy', '2019', false, true, 9);
--> statement-breakpoint
INSERT INTO "regions"."sdgs" ("number", "name_de", "name_en") VALUES
  (1, 'Keine Armut', 'No poverty'),
  (2, 'Kein Hunger', 'Zero hunger'),
  (3, 'Gesundheit und Wohlergehen', 'Good health and well-being'),
  (4, 'Hochwertige Bildung', 'Quality education'),
  (5, 'Geschlechtergleichheit', 'Gender equality'),
  (6, 'Sauberes Wasser und Sanitäreinrichtungen', 'Clean water and sanitation'),
  (7, 'Bezahlbare und saubere Energie', 'Affordable and clean energy'),
  (8, 'Menschenwürdige Arbeit und Wirtschaftswachstum', 'Decent work and economic growth'),
  (9, 'Industrie, Innovation und Infrastruktur', 'Industry, innovation and infrastructure'),
  (10, 'Weniger Ungleichheiten', 'Reduced inequalities'),
  (11, 'Nachhaltige Städte und Gemeinden', 'Sustainable cities and communities'),
  (12, 'Nachhaltige/r Konsum und Produktion', 'Responsible consumption and production'),
  (13, 'Maßnahmen zum Klimaschutz', 'Climate action'),
  (14, 'Leben unter Wasser', 'Life below water'),
  (15, 'Leben an Land', 'Life on land'),
  (16, 'Frieden, Gerechtigkeit und starke Institutionen', 'Peace, justice and strong institutions'),
  (17, 'Partnerschaften zur Erreichung der Ziele', 'Partnerships for the goals');
