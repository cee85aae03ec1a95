-- Loaded by test/extension_upgrade.sh into a fresh install of the current
-- version, before test/upgrade/sample_data_0.1.0.sql, and only there.
--
-- 0.1.0 installed two of Japan's own cost categories, which 0.2.0 no longer
-- installs (the sample data defines them, data/10_japan_us.sql).  Updating a
-- 0.1.0 database keeps them, as the user's rows under the category training
-- (costshare--0.1.0--0.2.0.sql, "host-neutral built-in cost categories");
-- here a fresh install gets exactly those rows, so that the 0.1.0 sample
-- data, which uses them, loads and both databases hold the same rows.
INSERT INTO cost_category (code, name, parent, description) VALUES
	('training_relocation', 'Training relocation', 'training',
	 'Moving training away from where it burdens residents'),
	('training_equipment', 'Training equipment procurement', 'training',
	 'Equipment and systems for training, bought by the host');
