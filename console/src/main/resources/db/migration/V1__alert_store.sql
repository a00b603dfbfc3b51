-- The analyst console's store. One migration per change; never edit a released one.

-- Users and roles. Passwords are PBKDF2-HMAC-SHA256 hashes (PasswordHasher), never plain text.
CREATE TABLE app_user (
  username      text PRIMARY KEY CHECK (username ~ '^[a-z][a-z0-9_.-]{1,39}$'),
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_role (
  username text NOT NULL REFERENCES app_user (username),
  role     text NOT NULL CHECK (role IN ('ANALYST', 'SUPERVISOR', 'RULE_AUTHOR', 'AUDITOR')),
  PRIMARY KEY (username, role)
);

-- The latest revision of each alert, flattened for the queue, plus the workflow state.
CREATE TABLE alert (
  alert_id            text PRIMARY KEY,
  revision            integer NOT NULL CHECK (revision >= 1),
  created_at          timestamptz NOT NULL,
  subject_account_id  text NOT NULL,
  related_account_ids text[] NOT NULL,
  typology            text NOT NULL,
  severity            text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
  score               numeric(6, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
  rule_ids            text[] NOT NULL,
  txn_ids             text[] NOT NULL,
  window_start        timestamptz NOT NULL,
  window_end          timestamptz NOT NULL,
  explanation         text NOT NULL,
  rule_package        text NOT NULL,
  proceeds_amount     numeric(22, 4),
  proceeds_currency   text,
  proceeds_method     text,
  proceeds_confidence text,
  payload             jsonb NOT NULL,
  status              text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'IN_REVIEW', 'ESCALATED',
                        'REFERRAL_PENDING', 'REFERRED', 'CLOSED_FALSE_POSITIVE', 'CLOSED_INCONCLUSIVE')),
  assignee            text REFERENCES app_user (username),
  first_received_at   timestamptz NOT NULL DEFAULT now(),
  last_received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_status_idx ON alert (status);
CREATE INDEX alert_typology_idx ON alert (typology);
CREATE INDEX alert_score_idx ON alert (score DESC);
CREATE INDEX alert_created_idx ON alert (created_at DESC);
CREATE INDEX alert_assignee_idx ON alert (assignee);
CREATE INDEX alert_subject_idx ON alert (subject_account_id);
CREATE INDEX alert_related_idx ON alert USING gin (related_account_ids);

-- Every revision ever received, verbatim (alerts.jsonl line of the revision): the history.
CREATE TABLE alert_revision (
  alert_id    text NOT NULL REFERENCES alert (alert_id),
  revision    integer NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  origin      text NOT NULL,
  payload     jsonb NOT NULL,
  PRIMARY KEY (alert_id, revision)
);

-- The hits of the latest revision, one row each (older revisions' hits stay in alert_revision).
CREATE TABLE rule_hit (
  alert_id            text NOT NULL REFERENCES alert (alert_id),
  ordinal             integer NOT NULL,
  rule_id             text NOT NULL,
  rule_version        integer NOT NULL,
  severity            text NOT NULL,
  source              text NOT NULL,
  fired_at            timestamptz NOT NULL,
  txn_ids             text[] NOT NULL,
  related_account_ids text[] NOT NULL,
  features            jsonb NOT NULL,
  parameters          jsonb NOT NULL,
  detail              text NOT NULL,
  PRIMARY KEY (alert_id, ordinal)
);
CREATE INDEX rule_hit_rule_idx ON rule_hit (rule_id);

CREATE TABLE assignment (
  id          bigserial PRIMARY KEY,
  alert_id    text NOT NULL REFERENCES alert (alert_id),
  assignee    text NOT NULL REFERENCES app_user (username),
  assigned_by text NOT NULL REFERENCES app_user (username),
  assigned_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE note (
  id         bigserial PRIMARY KEY,
  alert_id   text NOT NULL REFERENCES alert (alert_id),
  author     text NOT NULL REFERENCES app_user (username),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- A true positive is only a proposal until a different supervisor approves it (four eyes; the
-- CHECK backs the application's rule).
CREATE TABLE disposition (
  id             bigserial PRIMARY KEY,
  alert_id       text NOT NULL REFERENCES alert (alert_id),
  alert_revision integer NOT NULL,
  outcome        text NOT NULL CHECK (outcome IN ('TRUE_POSITIVE', 'FALSE_POSITIVE', 'INCONCLUSIVE', 'ESCALATED')),
  reason_code    text,
  reason         text NOT NULL,
  decided_by     text NOT NULL REFERENCES app_user (username),
  decided_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  review_state   text NOT NULL CHECK (review_state IN ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'REJECTED')),
  reviewed_by    text REFERENCES app_user (username),
  reviewed_at    timestamptz,
  review_comment text,
  CHECK (reviewed_by IS NULL OR reviewed_by <> decided_by)
);
CREATE INDEX disposition_alert_idx ON disposition (alert_id);

-- What left the building: every SAR draft and referral pack generated, with its content hash.
CREATE TABLE referral_export (
  id             bigserial PRIMARY KEY,
  alert_id       text NOT NULL REFERENCES alert (alert_id),
  alert_revision integer NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('SAR_DRAFT', 'REFERRAL_PACK')),
  template       text NOT NULL,
  format         text NOT NULL CHECK (format IN ('json', 'html')),
  final          boolean NOT NULL,
  created_by     text NOT NULL REFERENCES app_user (username),
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  sha256         text NOT NULL,
  content        text NOT NULL
);
CREATE INDEX referral_export_alert_idx ON referral_export (alert_id);

-- The audit trail: append-only. The trigger refuses UPDATE, DELETE and TRUNCATE for every role,
-- including the table owner the application connects as (a REVOKE would not bind the owner).
CREATE TABLE audit_event (
  id       bigserial PRIMARY KEY,
  alert_id text,
  at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor    text NOT NULL,
  action   text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_alert_idx ON audit_event (alert_id, id);

CREATE FUNCTION refuse_change_to_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();
CREATE TRIGGER referral_export_append_only BEFORE UPDATE OR DELETE ON referral_export
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
CREATE TRIGGER referral_export_no_truncate BEFORE TRUNCATE ON referral_export
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only();
