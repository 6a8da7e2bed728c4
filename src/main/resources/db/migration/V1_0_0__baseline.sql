-- Baseline. Every feature numbers its migrations in its own range so that parallel work never collides:
-- V1_x organizations/security, V2_x crypto, V3_x audit, V4_x cases, V5_x watchlists, V6_x screening,
-- V7_x journeys/checkins/intake/telegram, V8_x geo/units, V9_x evidence/vetting, V10_x dossier/reports.
create extension if not exists pgcrypto;
