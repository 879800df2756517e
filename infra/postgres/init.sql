-- Runs once, when the postgres volume is empty. Every service owns a schema in this one database and creates it with
-- its first migration, so nothing else is needed here.
CREATE DATABASE mitmach;
