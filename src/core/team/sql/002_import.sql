-- The OrderDesk team ledger, schema version 2: orders moved in from a desk's own ledger
-- (`orderdesk-cli ledger import FILE`). Run by `ledger init` in one transaction, after version 1.
-- Only a member of orderdesk_owner imports: an imported order is history that no maker or checker
-- made in this ledger, so it enters through one function that keeps every fact of it and every
-- event of its history in the hash chain, with the time and operator its desk recorded.

UPDATE orderdesk.meta SET value = '2' WHERE key = 'schema_version';

-- What identifies an imported order in the ledger it came from (TeamLedgerImport::sourceKey):
-- importing the same file again finds its orders here and skips them. NULL for orders made here.
ALTER TABLE orderdesk.orders ADD COLUMN source_key text UNIQUE;

-- A desk's ledger may hold several orders of one resource whose outcome nobody knows; imported
-- together they must not trip the guard meant for orders made here. submit() still refuses a new
-- order of a resource while any of them, imported or not, is open.
DROP INDEX orderdesk.orders_one_open_per_resource;
CREATE UNIQUE INDEX orders_one_open_per_resource ON orderdesk.orders (provider, profile, resource_id)
    WHERE state IN ('awaiting_approval', 'approved', 'sending', 'unknown') AND source_key IS NULL;

-- The team state of a desk's order status. A desk's Pending order had a sender that is not this
-- ledger's and may have sent it: nobody here knows its outcome.
CREATE FUNCTION orderdesk.desk_state(p_status text, p_conflict boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        -- The provider said "placed" after a person said "not placed": someone must look again.
        WHEN p_conflict THEN 'unknown'
        WHEN p_status = 'pending' THEN 'unknown'
        WHEN p_status IN ('succeeded', 'rejected', 'unknown', 'not_placed') THEN p_status
    END
$$;

-- append_event() with the state the order had after the event, for a history written at once.
CREATE FUNCTION orderdesk.append_event_in_state(p_order bigint, p_kind text, p_state text, p_detail jsonb)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    last_seq integer;
    last_hash text;
    at_ timestamptz := date_trunc('milliseconds', clock_timestamp());
BEGIN
    SELECT seq, hash INTO last_seq, last_hash FROM orderdesk.events WHERE order_id = p_order
        ORDER BY seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0) + 1;
    last_hash := coalesce(last_hash, '');
    INSERT INTO orderdesk.events (order_id, seq, at, actor, kind, state, detail, prev_hash, hash)
    VALUES (p_order, last_seq, at_, session_user, p_kind, p_state, p_detail, last_hash,
            orderdesk.event_hash(last_hash, p_order, last_seq, at_, session_user, p_kind, p_state, p_detail));
END
$$;

-- One order of a desk's ledger with its whole history. Its row keeps the desk's facts (times,
-- operator as maker and sender, outcome); its events are the desk's events in their order, each
-- as "desk_<kind>" with the desk's time, operator, status and detail, then one "imported" event
-- naming the source and the payload's hash, in the order's final state, so that `ledger verify`
-- checks it like any other. An order whose source key is already here is skipped: imported false.
CREATE FUNCTION orderdesk.import_order(p_source_key text, p_provider text, p_profile text, p_resource text,
                                       p_region text, p_endpoint text, p_payload jsonb, p_client_token text,
                                       p_operator text, p_created_at timestamptz, p_updated_at timestamptz,
                                       p_desk jsonb, p_events jsonb)
RETURNS TABLE (order_id bigint, imported boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = orderdesk, pg_catalog, pg_temp AS $$
DECLARE
    state_ text := orderdesk.desk_state(p_desk ->> 'status', coalesce((p_desk ->> 'conflict')::boolean, false));
    hash_ text := orderdesk.payload_hash(p_payload);
    operator_ name := coalesce(nullif(btrim(p_operator), ''), session_user);
    new_id bigint;
    e jsonb;
    event_state text;
BEGIN
    PERFORM orderdesk.require_role('orderdesk_owner');
    IF coalesce(p_source_key, '') = '' OR coalesce(p_provider, '') = '' OR coalesce(p_resource, '') = ''
       OR jsonb_typeof(p_payload) IS DISTINCT FROM 'object' OR jsonb_typeof(p_events) IS DISTINCT FROM 'array' THEN
        PERFORM orderdesk.refuse('OD017', 'an imported order needs a source key, a provider, a resource, '
                                          'a payload object and a list of events');
    END IF;
    IF state_ IS NULL THEN
        PERFORM orderdesk.refuse('OD017', format('%s is not a status of a desk''s ledger', p_desk ->> 'status'));
    END IF;
    INSERT INTO orders (provider, profile, resource_id, region, endpoint, payload, payload_hash, client_token,
                        term_months, state, maker, created_at, approval_required, sender, attempts,
                        provider_order_id, error_code, error_message, request_id, updated_at, source_key)
    VALUES (p_provider, coalesce(p_profile, ''), p_resource, coalesce(p_region, ''), coalesce(p_endpoint, ''),
            p_payload, hash_, coalesce(p_client_token, ''), orderdesk.term_months(p_provider, p_payload),
            state_, operator_, p_created_at, false, operator_, coalesce((p_desk ->> 'attempts')::integer, 0),
            coalesce(p_desk ->> 'order_id', ''), coalesce(p_desk ->> 'error_code', ''),
            coalesce(p_desk ->> 'error_message', ''), coalesce(p_desk ->> 'request_id', ''),
            coalesce(p_updated_at, p_created_at), p_source_key)
    ON CONFLICT (source_key) DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        SELECT o.id INTO order_id FROM orders o WHERE o.source_key = p_source_key;
        imported := false;
        RETURN NEXT;
        RETURN;
    END IF;
    FOR e IN SELECT value FROM jsonb_array_elements(p_events) LOOP
        event_state := coalesce(orderdesk.desk_state(e ->> 'status', false), state_);
        PERFORM orderdesk.append_event_in_state(new_id, 'desk_' || coalesce(e ->> 'kind', ''), event_state,
            jsonb_build_object('at', e -> 'at', 'operator', coalesce(nullif(e ->> 'operator', ''), operator_::text),
                               'status', e -> 'status', 'detail', coalesce(e -> 'detail', '{}'::jsonb)));
    END LOOP;
    PERFORM orderdesk.append_event_in_state(new_id, 'imported', state_,
        jsonb_build_object('payload_hash', hash_, 'source_key', p_source_key, 'desk', p_desk));
    PERFORM pg_notify('orderdesk', new_id::text);
    order_id := new_id;
    imported := true;
    RETURN NEXT;
END
$$;

ALTER FUNCTION orderdesk.desk_state(text, boolean) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.append_event_in_state(bigint, text, text, jsonb) OWNER TO orderdesk_owner;
ALTER FUNCTION orderdesk.import_order(text, text, text, text, text, text, jsonb, text, text, timestamptz,
                                      timestamptz, jsonb, jsonb) OWNER TO orderdesk_owner;
REVOKE ALL ON FUNCTION orderdesk.desk_state(text, boolean), orderdesk.append_event_in_state(bigint, text, text, jsonb),
                       orderdesk.import_order(text, text, text, text, text, text, jsonb, text, text, timestamptz,
                                              timestamptz, jsonb, jsonb)
    FROM PUBLIC;
-- Makers and checkers may call it to hear "only the ledger's owner" (OD014) from it.
GRANT EXECUTE ON FUNCTION orderdesk.import_order(text, text, text, text, text, text, jsonb, text, text, timestamptz,
                                                 timestamptz, jsonb, jsonb)
    TO orderdesk_owner, orderdesk_maker, orderdesk_checker;
GRANT EXECUTE ON FUNCTION orderdesk.desk_state(text, boolean) TO orderdesk_maker, orderdesk_checker;
