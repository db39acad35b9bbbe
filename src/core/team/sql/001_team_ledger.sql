-- The OrderDesk team ledger, schema version 1 (docs/ARCHITECTURE.md, "The team ledger").
-- Run by `orderdesk-cli ledger init` in one transaction, as a role that may create roles.
-- Everything below is owned by orderdesk_owner, which cannot log in. People log in with roles
-- of their own, members of orderdesk_maker (prepare and send) and/or orderdesk_checker (approve
-- and decline): they may read the tables and call the functions, nothing else. The functions
-- run as the owner (SECURITY DEFINER) and take who is acting from session_user, so a modified
-- client can neither write a row the rules do not allow nor claim to be someone else.
-- Refusals are raised with SQLSTATEs of class OD, which the client turns into messages in the
-- user's language (TeamLedgerError).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orderdesk_owner') THEN
        CREATE ROLE orderdesk_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orderdesk_maker') THEN
        CREATE ROLE orderdesk_maker NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'orderdesk_checker') THEN
        CREATE ROLE orderdesk_checker NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA orderdesk AUTHORIZATION orderdesk_owner;
REVOKE ALL ON SCHEMA orderdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA orderdesk TO orderdesk_maker, orderdesk_checker;

CREATE TABLE orderdesk.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO orderdesk.meta VALUES ('schema_version', '1');

-- The team's rules, one row, changed only through set_policy() by a member of the owner role.
CREATE TABLE orderdesk.policy (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    approval text NOT NULL DEFAULT 'all' CHECK (approval IN ('all', 'none', 'longer_than')),
    longer_than_months integer CHECK (longer_than_months >= 0),
    approval_expiry interval NOT NULL DEFAULT interval '4 hours' CHECK (approval_expiry > interval '0'),
    duplicate_window interval NOT NULL DEFAULT interval '24 hours',
    CHECK ((approval = 'longer_than') = (longer_than_months IS NOT NULL))
);
INSERT INTO orderdesk.policy DEFAULT VALUES;

CREATE TABLE orderdesk.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider text NOT NULL,
    profile text NOT NULL,
    resource_id text NOT NULL,
    region text NOT NULL DEFAULT '',
    endpoint text NOT NULL DEFAULT '',
    -- The exact parameters that will be signed and sent, the client token among them.
    payload jsonb NOT NULL,
    payload_hash text NOT NULL,
    client_token text NOT NULL DEFAULT '',
    -- The subscription length in months as the database reads the payload (term_months()).
    term_months numeric,
    state text NOT NULL CHECK (state IN ('awaiting_approval', 'approved', 'declined', 'withdrawn',
                                         'sending', 'succeeded', 'rejected', 'unknown', 'not_placed')),
    maker name NOT NULL,
    created_at timestamptz NOT NULL,
    approval_required boolean NOT NULL,
    checker name,
    decided_at timestamptz,
    decision_note text NOT NULL DEFAULT '',
    -- The payload hash the approval was given for, and until when it holds.
    approved_hash text,
    approval_expires_at timestamptz,
    sender name,
    lease_until timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    provider_order_id text NOT NULL DEFAULT '',
    provider_status text NOT NULL DEFAULT '',
    error_code text NOT NULL DEFAULT '',
    error_message text NOT NULL DEFAULT '',
    request_id text NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL
);
-- The team's duplicate guard, part one: one open order per provider, account and resource.
CREATE UNIQUE INDEX orders_one_open_per_resource ON orderdesk.orders (provider, profile, resource_id)
    WHERE state IN ('awaiting_approval', 'approved', 'sending', 'unknown');
CREATE INDEX orders_by_resource ON orderdesk.orders (provider, profile, resource_id, created_at);
CREATE INDEX orders_by_state ON orderdesk.orders (state);

-- Every change of an order, append-only, each event chained to the one before by its hash.
CREATE TABLE orderdesk.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orderdesk.orders (id),
    seq integer NOT NULL,
    at timestamptz NOT NULL,
    actor name NOT NULL,
    kind text NOT NULL,
    state text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    prev_hash text NOT NULL,
    hash text NOT NULL,
    UNIQUE (order_id, seq)
);

CREATE FUNCTION orderdesk.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'OD901', MESSAGE = 'the events of the team ledger are append-only';
END
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON orderdesk.events
    FOR EACH ROW EXECUTE FUNCTION orderdesk.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON orderdesk.events
    FOR EACH STATEMENT EXECUTE FUNCTION orderdesk.refuse_change();

-- What an event's hash covers, one field a line; TeamHashChain computes the same in the client,
-- so that `orderdesk-cli ledger verify` does not trust this function.
CREATE FUNCTION orderdesk.event_hash(p_prev text, p_order bigint, p_seq integer, p_at timestamptz,
                                     p_actor name, p_kind text, p_state text, p_detail jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\n', p_prev, p_order::text, p_seq::text,
                                              floor(extract(epoch FROM p_at) * 1000000)::bigint::text,
                                              p_actor::text, p_kind, p_state, p_detail::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION orderdesk.payload_hash(p_payload jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(p_payload::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION orderdesk.append_event(p_order bigint, p_kind text, p_detail jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    last_seq integer;
    last_hash text;
    current_state text;
    at_ timestamptz := date_trunc('milliseconds', clock_timestamp());
BEGIN
    SELECT state INTO current_state FROM orderdesk.orders WHERE id = p_order;
    SELECT seq, hash INTO last_seq, last_hash FROM orderdesk.events WHERE order_id = p_order
        ORDER BY seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0) + 1;
    last_hash := coalesce(last_hash, '');
    INSERT INTO orderdesk.events (order_id, seq, at, actor, kind, state, detail, prev_hash, hash)
    VALUES (p_order, last_seq, at_, session_user, p_kind, current_state, p_detail, last_hash,
            orderdesk.event_hash(last_hash, p_order, last_seq, at_, session_user, p_kind, current_state,
                                 p_detail));
    PERFORM pg_notify('orderdesk', p_order::text);
END
$$;

-- A whole number from 1 up, as the providers' forms accept it; NULL otherwise.
CREATE FUNCTION orderdesk.positive_whole(p text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p ~ '^[0-9]{1,9}$' AND p::integer >= 1 THEN p::integer END
$$;

-- The subscription length in months that each provider's parameters mean (the same reading as
-- the providers' term() in the client, which tst_teamledger compares); NULL when the payload
-- names no length, and then an approval rule by length requires approval.
CREATE FUNCTION orderdesk.term_months(p_provider text, p jsonb) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE unit WHEN 'month' THEN n WHEN 'year' THEN n * 12 WHEN 'day' THEN round(n / 30.0, 2) END
    FROM (
        SELECT
            CASE p_provider
                WHEN 'volcengine' THEN orderdesk.positive_whole(coalesce(nullif(p ->> 'Period', ''), '1'))
                WHEN 'aliyun' THEN orderdesk.positive_whole(p ->> 'Period')
                WHEN 'unicloud' THEN orderdesk.positive_whole(p ->> 'rentCount')
                WHEN 'huaweicloud' THEN orderdesk.positive_whole(p ->> 'period_num')
            END::numeric AS n,
            CASE p_provider
                WHEN 'volcengine' THEN CASE coalesce(p ->> 'PeriodUnit', '')
                    WHEN '' THEN 'month' WHEN 'Month' THEN 'month' WHEN 'Year' THEN 'year' END
                WHEN 'aliyun' THEN CASE coalesce(p ->> 'PricingCycle', '')
                    WHEN '' THEN 'month' WHEN 'Month' THEN 'month' WHEN 'Year' THEN 'year' END
                WHEN 'unicloud' THEN CASE p ->> 'rentUnit'
                    WHEN 'day' THEN 'day' WHEN 'month' THEN 'month' WHEN 'year' THEN 'year' END
                WHEN 'huaweicloud' THEN CASE
                    WHEN p ->> 'charging_mode' = '1' THEN NULL
                    WHEN p ->> 'period_type' = '2' THEN 'month'
                    WHEN p ->> 'period_type' = '3' THEN 'year' END
            END AS unit
    ) reading
$$;

CREATE FUNCTION orderdesk.refuse(p_code text, p_message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message;
END
$$;

CREATE FUNCTION orderdesk.require_role(p_role name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, p_role, 'MEMBER') THEN
        PERFORM orderdesk.refuse(CASE p_role WHEN 'orderdesk_checker' THEN 'OD002'
                                             WHEN 'orderdesk_owner' THEN 'OD014' ELSE 'OD001' END,
                                 format('%s is not a member of %s', session_user, p_role));
    END IF;
END
$$;

CREATE FUNCTION orderdesk.approval_needed(p_term numeric) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT approval = 'all' OR (approval = 'longer_than' AND (p_term IS NULL OR p_term > longer_than_months))
    FROM orderdesk.policy
$$;

-- Prepares an order. It waits for approval when the policy asks for one, else it is approved by
-- the policy at once. The duplicate guard runs here, under a lock per resource: an open order of
-- the resource refuses it (OD011), and so does an order of the last duplicate_window newer than
-- p_accepted_up_to, the one the user saw and accepted (OD010), when p_guard is on.
CREATE FUNCTION orderdesk.submit(p_provider text, p_profile text, p_resource text, p_region text,
                                 p_endpoint text, p_payload jsonb, p_client_token text, p_guard boolean,
                                 p_accepted_up_to bigint)
RETURNS TABLE (order_id bigint, order_state text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
    window_ interval;
    other bigint;
    term numeric;
    needed boolean;
    hash_ text := orderdesk.payload_hash(p_payload);
    new_id bigint;
    new_state text;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_maker');
    IF coalesce(p_provider, '') = '' OR coalesce(p_resource, '') = '' OR jsonb_typeof(p_payload) <> 'object' THEN
        PERFORM orderdesk.refuse('OD017', 'an order needs a provider, a resource and a payload object');
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_provider || E'\n' || p_profile || E'\n' || p_resource, 0));
    SELECT o.id INTO other FROM orders o
        WHERE o.provider = p_provider AND o.profile = p_profile AND o.resource_id = p_resource
          AND o.state IN ('awaiting_approval', 'approved', 'sending', 'unknown')
        LIMIT 1;
    IF other IS NOT NULL THEN
        PERFORM orderdesk.refuse('OD011', format('order %s of this resource is still open', other));
    END IF;
    IF p_guard THEN
        SELECT duplicate_window INTO window_ FROM policy;
        SELECT max(o.id) INTO other FROM orders o
            WHERE o.provider = p_provider AND o.profile = p_profile AND o.resource_id = p_resource
              AND o.created_at > now_ - window_ AND o.id > coalesce(p_accepted_up_to, 0)
              AND o.state NOT IN ('rejected', 'declined', 'withdrawn');
        IF other IS NOT NULL THEN
            PERFORM orderdesk.refuse('OD010', format('order %s of this resource is recent', other));
        END IF;
    END IF;
    term := orderdesk.term_months(p_provider, p_payload);
    needed := orderdesk.approval_needed(term);
    new_state := CASE WHEN needed THEN 'awaiting_approval' ELSE 'approved' END;
    INSERT INTO orders (provider, profile, resource_id, region, endpoint, payload, payload_hash, client_token,
                        term_months, state, maker, created_at, approval_required, approved_hash, updated_at)
    VALUES (p_provider, p_profile, p_resource, coalesce(p_region, ''), coalesce(p_endpoint, ''), p_payload,
            hash_, coalesce(p_client_token, ''), term, new_state, session_user, now_, needed,
            CASE WHEN needed THEN NULL ELSE hash_ END, now_)
    RETURNING id INTO new_id;
    PERFORM orderdesk.append_event(new_id, 'submitted',
        jsonb_build_object('payload_hash', hash_, 'approval_required', needed, 'term_months', term));
    order_id := new_id;
    order_state := new_state;
    RETURN NEXT;
END
$$;

-- The checks a decision shares: a checker, not the maker, an order waiting for one, and the
-- payload the checker saw.
CREATE FUNCTION orderdesk.lock_for_decision(p_id bigint, p_payload_hash text) RETURNS orderdesk.orders
LANGUAGE plpgsql AS $$
DECLARE
    o orderdesk.orders;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_checker');
    SELECT * INTO o FROM orderdesk.orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
    END IF;
    IF o.maker = session_user THEN
        PERFORM orderdesk.refuse('OD003', 'the maker of an order cannot decide it');
    END IF;
    IF NOT (o.state = 'awaiting_approval' OR
            (o.state = 'approved' AND o.approval_required AND o.approval_expires_at <= clock_timestamp())) THEN
        PERFORM orderdesk.refuse('OD005', format('order %s is %s, not awaiting approval', p_id, o.state));
    END IF;
    IF o.payload_hash IS DISTINCT FROM p_payload_hash THEN
        PERFORM orderdesk.refuse('OD006', format('order %s has changed since it was read', p_id));
    END IF;
    RETURN o;
END
$$;

CREATE FUNCTION orderdesk.approve(p_id bigint, p_payload_hash text, p_comment text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders := orderdesk.lock_for_decision(p_id, p_payload_hash);
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
    expires timestamptz;
BEGIN
    SELECT now_ + approval_expiry INTO expires FROM policy;
    UPDATE orders SET state = 'approved', checker = session_user, decided_at = now_,
                      decision_note = coalesce(p_comment, ''), approved_hash = o.payload_hash,
                      approval_expires_at = expires, updated_at = now_
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'approved',
        jsonb_build_object('payload_hash', o.payload_hash, 'comment', coalesce(p_comment, ''),
                           'expires_at', expires));
END
$$;

CREATE FUNCTION orderdesk.decline(p_id bigint, p_payload_hash text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders;
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
BEGIN
    IF btrim(coalesce(p_reason, '')) = '' THEN
        PERFORM orderdesk.refuse('OD012', 'a decline needs a reason');
    END IF;
    o := orderdesk.lock_for_decision(p_id, p_payload_hash);
    UPDATE orders SET state = 'declined', checker = session_user, decided_at = now_,
                      decision_note = btrim(p_reason), approved_hash = NULL, approval_expires_at = NULL,
                      updated_at = now_
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'declined',
        jsonb_build_object('payload_hash', o.payload_hash, 'reason', btrim(p_reason)));
END
$$;

-- The maker changes an order before it is sent: any approval given is withdrawn, and it waits
-- again when the policy asks for approval.
CREATE FUNCTION orderdesk.amend(p_id bigint, p_payload jsonb, p_client_token text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders;
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
    hash_ text := orderdesk.payload_hash(p_payload);
    term numeric;
    needed boolean;
    new_state text;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_maker');
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
    END IF;
    IF o.maker <> session_user THEN
        PERFORM orderdesk.refuse('OD016', 'only the maker of an order may change or withdraw it');
    END IF;
    IF o.state NOT IN ('awaiting_approval', 'approved') THEN
        PERFORM orderdesk.refuse('OD009', format('order %s is %s', p_id, o.state));
    END IF;
    term := orderdesk.term_months(o.provider, p_payload);
    needed := orderdesk.approval_needed(term);
    new_state := CASE WHEN needed THEN 'awaiting_approval' ELSE 'approved' END;
    UPDATE orders SET payload = p_payload, payload_hash = hash_, client_token = coalesce(p_client_token, ''),
                      term_months = term, approval_required = needed, state = new_state, checker = NULL,
                      decided_at = NULL, decision_note = '', approval_expires_at = NULL,
                      approved_hash = CASE WHEN needed THEN NULL ELSE hash_ END, updated_at = now_
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'amended',
        jsonb_build_object('payload_hash', hash_, 'previous_hash', o.payload_hash, 'approval_required', needed,
                           'term_months', term));
    RETURN new_state;
END
$$;

CREATE FUNCTION orderdesk.withdraw(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_maker');
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
    END IF;
    IF o.maker <> session_user THEN
        PERFORM orderdesk.refuse('OD016', 'only the maker of an order may change or withdraw it');
    END IF;
    IF o.state NOT IN ('awaiting_approval', 'approved') THEN
        PERFORM orderdesk.refuse('OD009', format('order %s is %s', p_id, o.state));
    END IF;
    UPDATE orders SET state = 'withdrawn', approved_hash = NULL, approval_expires_at = NULL,
                      updated_at = date_trunc('milliseconds', clock_timestamp())
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'withdrawn', jsonb_build_object('reason', coalesce(p_reason, '')));
END
$$;

-- Takes an approved order for sending. One conditional update: of any number of claims at the
-- same moment exactly one finds the order approved; the others are told who has it.
CREATE FUNCTION orderdesk.claim(p_id bigint, p_lease_seconds integer) RETURNS SETOF orderdesk.orders
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders;
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
BEGIN
    PERFORM orderdesk.require_role('orderdesk_maker');
    UPDATE orders SET state = 'sending', sender = session_user,
                      lease_until = now_ + make_interval(secs => greatest(p_lease_seconds, 1)), updated_at = now_
        WHERE id = p_id AND state = 'approved' AND approved_hash = payload_hash
          AND (approval_expires_at IS NULL OR approval_expires_at > now_)
        RETURNING * INTO o;
    IF NOT FOUND THEN
        SELECT * INTO o FROM orders WHERE id = p_id;
        IF NOT FOUND THEN
            PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
        ELSIF o.state = 'approved' AND o.approved_hash IS DISTINCT FROM o.payload_hash THEN
            PERFORM orderdesk.refuse('OD006', format('order %s has changed since it was approved', p_id));
        ELSIF o.state = 'approved' THEN
            PERFORM orderdesk.refuse('OD007', format('the approval of order %s has expired', p_id));
        ELSIF o.state IN ('sending', 'succeeded', 'rejected', 'unknown', 'not_placed') THEN
            PERFORM orderdesk.refuse('OD008', format('order %s was already taken for sending by %s', p_id, o.sender));
        ELSE
            PERFORM orderdesk.refuse('OD009', format('order %s is %s, not approved', p_id, o.state));
        END IF;
    END IF;
    PERFORM orderdesk.append_event(p_id, 'claimed', jsonb_build_object('lease_until', o.lease_until));
    RETURN NEXT o;
END
$$;

CREATE FUNCTION orderdesk.lock_for_sender(p_id bigint) RETURNS orderdesk.orders LANGUAGE plpgsql AS $$
DECLARE
    o orderdesk.orders;
BEGIN
    SELECT * INTO o FROM orderdesk.orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
    END IF;
    IF o.state <> 'sending' OR o.sender IS DISTINCT FROM session_user THEN
        PERFORM orderdesk.refuse('OD013', format('order %s is not being sent by %s', p_id, session_user));
    END IF;
    RETURN o;
END
$$;

CREATE FUNCTION orderdesk.record_attempt(p_id bigint, p_attempt integer, p_lease_seconds integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders := orderdesk.lock_for_sender(p_id);
    now_ timestamptz := date_trunc('milliseconds', clock_timestamp());
BEGIN
    UPDATE orders SET attempts = greatest(attempts, p_attempt),
                      lease_until = now_ + make_interval(secs => greatest(p_lease_seconds, 1)), updated_at = now_
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'attempt', jsonb_build_object('attempt', p_attempt));
END
$$;

-- The sender's last word: what the provider answered (succeeded, rejected), or that nobody knows
-- (unknown). p_journal is the sender's own ledger entry for the same order.
CREATE FUNCTION orderdesk.record_outcome(p_id bigint, p_status text, p_order_id text, p_provider_status text,
                                         p_error_code text, p_error_message text, p_request_id text,
                                         p_attempts integer, p_journal bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders := orderdesk.lock_for_sender(p_id);
BEGIN
    IF p_status NOT IN ('succeeded', 'rejected', 'unknown') THEN
        PERFORM orderdesk.refuse('OD017', format('%s is not an outcome', p_status));
    END IF;
    UPDATE orders SET state = p_status, provider_order_id = coalesce(p_order_id, ''),
                      provider_status = coalesce(p_provider_status, ''), error_code = coalesce(p_error_code, ''),
                      error_message = coalesce(p_error_message, ''), request_id = coalesce(p_request_id, ''),
                      attempts = greatest(attempts, coalesce(p_attempts, 0)), lease_until = NULL,
                      updated_at = date_trunc('milliseconds', clock_timestamp())
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'outcome',
        jsonb_build_object('status', p_status, 'order_id', coalesce(p_order_id, ''),
                           'error_code', coalesce(p_error_code, ''), 'request_id', coalesce(p_request_id, ''),
                           'attempts', p_attempts, 'journal', p_journal));
END
$$;

-- A person's word on an order nobody is sending any more: what the provider's console shows.
CREATE FUNCTION orderdesk.resolve(p_id bigint, p_placed boolean, p_order_id text, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    o orders;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_maker');
    SELECT * INTO o FROM orders WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM orderdesk.refuse('OD004', format('there is no order %s', p_id));
    END IF;
    IF NOT (o.state = 'unknown' OR (o.state = 'sending' AND o.lease_until < clock_timestamp())) THEN
        PERFORM orderdesk.refuse('OD015', format('order %s is %s and cannot be resolved now', p_id, o.state));
    END IF;
    UPDATE orders SET state = CASE WHEN p_placed THEN 'succeeded' ELSE 'not_placed' END,
                      provider_order_id = CASE WHEN p_placed AND coalesce(p_order_id, '') <> '' THEN p_order_id
                                               ELSE provider_order_id END,
                      lease_until = NULL, updated_at = date_trunc('milliseconds', clock_timestamp())
        WHERE id = p_id;
    PERFORM orderdesk.append_event(p_id, 'resolved',
        jsonb_build_object('placed', p_placed, 'order_id', coalesce(p_order_id, ''), 'note', coalesce(p_note, '')));
END
$$;

CREATE FUNCTION orderdesk.set_policy(p_approval text, p_longer_than_months integer, p_expiry_hours numeric)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
BEGIN
    PERFORM orderdesk.require_role('orderdesk_owner');
    UPDATE policy SET approval = p_approval,
                      longer_than_months = CASE WHEN p_approval = 'longer_than' THEN p_longer_than_months END,
                      approval_expiry = coalesce(make_interval(secs => p_expiry_hours * 3600), approval_expiry);
    PERFORM pg_notify('orderdesk', 'policy');
END
$$;

ALTER FUNCTION orderdesk.refuse_change() OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.event_hash(text, bigint, integer, timestamptz, name, text, text, jsonb) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.payload_hash(jsonb) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.append_event(bigint, text, jsonb) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.positive_whole(text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.term_months(text, jsonb) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.refuse(text, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.require_role(name) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.approval_needed(numeric) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.submit(text, text, text, text, text, jsonb, text, boolean, bigint) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.lock_for_decision(bigint, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.approve(bigint, text, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.decline(bigint, text, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.amend(bigint, jsonb, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.withdraw(bigint, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.claim(bigint, integer) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.lock_for_sender(bigint) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.record_attempt(bigint, integer, integer) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.record_outcome(bigint, text, text, text, text, text, text, integer, bigint) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.resolve(bigint, boolean, text, text) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.set_policy(text, integer, numeric) OWNER TO orderdesk_owner;
ALTER TABLE orderdesk.meta OWNER TO orderdesk_owner;
ALTER TABLE orderdesk.policy OWNER TO orderdesk_owner;
ALTER TABLE orderdesk.orders OWNER TO orderdesk_owner;
ALTER TABLE orderdesk.events OWNER TO orderdesk_owner;

-- People read everything and write nothing directly; the functions are the only way in.
REVOKE ALL ON ALL TABLES IN SCHEMA orderdesk FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA orderdesk FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA orderdesk TO orderdesk_maker, orderdesk_checker;
GRANT EXECUTE ON FUNCTION orderdesk.submit(text, text, text, text, text, jsonb, text, boolean, bigint),
                          orderdesk.amend(bigint, jsonb, text), orderdesk.withdraw(bigint, text),
                          orderdesk.claim(bigint, integer), orderdesk.record_attempt(bigint, integer, integer),
                          orderdesk.record_outcome(bigint, text, text, text, text, text, text, integer, bigint),
                          orderdesk.resolve(bigint, boolean, text, text)
    TO orderdesk_maker, orderdesk_checker;
-- Both groups may call every function; each function checks the right it needs, so that a
-- checker who tries to prepare an order hears "you may not prepare orders" (OD001) from it, and
-- a maker who tries to approve hears OD002, rather than a bare permission error.
GRANT EXECUTE ON FUNCTION orderdesk.approve(bigint, text, text), orderdesk.decline(bigint, text, text)
    TO orderdesk_maker, orderdesk_checker;
GRANT EXECUTE ON FUNCTION orderdesk.payload_hash(jsonb), orderdesk.term_months(text, jsonb),
                          orderdesk.positive_whole(text)
    TO orderdesk_maker, orderdesk_checker;
GRANT EXECUTE ON FUNCTION orderdesk.set_policy(text, integer, numeric) TO orderdesk_owner;
