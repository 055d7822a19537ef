-- The maintained list of concern categories (API.md codes). Administrators add to it; codes are never renamed.
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('PHYSICAL_ABUSE', 'Physical abuse', 1);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('EMOTIONAL_ABUSE', 'Emotional abuse', 2);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('SEXUAL_ABUSE', 'Sexual abuse', 3);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('NEGLECT', 'Neglect', 4);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('DOMESTIC_ABUSE', 'Domestic abuse', 5);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('CHILD_SEXUAL_EXPLOITATION', 'Child sexual exploitation', 6);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('CRIMINAL_EXPLOITATION', 'Criminal exploitation', 7);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('ONLINE_HARM', 'Online harm', 8);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('PARENTAL_MENTAL_HEALTH', 'Parental mental health', 9);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('SUBSTANCE_MISUSE', 'Substance misuse', 10);
INSERT INTO concern_category (code, display_name, ordinal) VALUES ('OTHER', 'Other', 11);
