-- R23: the end of each emergency access is an audit event of its own, recorded once.
ALTER TABLE emergency_access ADD COLUMN expiry_recorded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX emergency_access_expiry_idx ON emergency_access (expiry_recorded_at, expires_at);
