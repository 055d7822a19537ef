-- R31: files kept with an enquiry or an agency's answer; typed from their content, hashed, never changed.
CREATE SEQUENCE document_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE document (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    enquiry_id  BIGINT                   NOT NULL REFERENCES enquiry (id),
    request_id  BIGINT                   REFERENCES information_request (id),
    name        VARCHAR(200)             NOT NULL,
    media_type  VARCHAR(100)             NOT NULL,
    byte_count  BIGINT                   NOT NULL CHECK (byte_count > 0),
    sha256      CHAR(64)                 NOT NULL,
    content     BYTEA                    NOT NULL,
    added_by    VARCHAR(100)             NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_enquiry_idx ON document (enquiry_id, added_at);
CREATE INDEX document_request_idx ON document (request_id);
