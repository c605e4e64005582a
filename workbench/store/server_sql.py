"""The SQL that secures a shared PostgreSQL database (``workbench server setup``).

Everything here runs as the DBA, mostly under ``SET ROLE workbench_owner`` so that the owner role
(which nobody logs in as) owns what is created. Every statement is idempotent: running setup
again after an upgrade leaves the same objects, grants and triggers. docs/SHARED_MODE.md explains
the design; the tests in tests/unit/test_server_mode.py attack it.
"""

from __future__ import annotations

OWNER = "workbench_owner"
READER = "workbench_reader"
CLERK = "workbench_clerk"
COUNSEL = "workbench_counsel"
ADMIN = "workbench_admin"
#: group role of each application role
GROUP_OF_ROLE = {"reader": READER, "clerk": CLERK, "counsel": COUNSEL, "admin": ADMIN}
GROUPS = (READER, CLERK, COUNSEL, ADMIN)
WRITERS = (CLERK, COUNSEL, ADMIN)

#: tables whose every change the server audits
AUDITED_TABLES = (
    "items",
    "pauses",
    "opinions",
    "attachments",
    "settings",
    "calendar_years",
    "calendar_days",
    "users",
    "cleanups",
    "cleanup_entries",
)

#: (table, privileges, groups): what each group may do with each table besides reading it.
#: Reading is granted to every group (through workbench_reader). ``users`` and ``audit_events``
#: are written only by the server's own functions.
TABLE_GRANTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("items", "INSERT, UPDATE", WRITERS),
    ("pauses", "INSERT, UPDATE", (CLERK, COUNSEL)),
    ("opinions", "INSERT", (COUNSEL,)),
    ("attachments", "INSERT, UPDATE, DELETE", WRITERS),
    # registration numbers are counted in settings (keys reg_seq.*); the guard trigger keeps
    # every other key to administrators
    ("settings", "INSERT, UPDATE, DELETE", WRITERS),
    ("calendar_years", "INSERT, UPDATE, DELETE", (ADMIN,)),
    ("calendar_days", "INSERT, UPDATE, DELETE", (ADMIN,)),
    ("drafts", "INSERT, UPDATE, DELETE", WRITERS),
    # cleanup campaigns: anyone who edits items starts and closes one; only counsel decide
    ("cleanups", "INSERT, UPDATE", WRITERS),
    ("cleanup_entries", "INSERT", WRITERS),
    ("cleanup_entries", "UPDATE", (COUNSEL,)),
)

HEAD_TABLE = """
CREATE TABLE IF NOT EXISTS workbench_audit_head (
    id integer PRIMARY KEY CHECK (id = 1),
    last_hash text NOT NULL
)
"""

#: the server's chain: one row holds the last hash; ``FOR UPDATE`` on it serialises writers (and
#: a REPEATABLE READ writer that raced another gets a serialisation error instead of a fork)
APPEND_EVENT = """
CREATE OR REPLACE FUNCTION workbench_append_event(
    p_action text, p_item bigint, p_reg text, p_before text, p_after text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = {tz}
AS $fn$
DECLARE
    prev text;
    at_ts timestamp := clock_timestamp()::timestamp;
    who text := session_user;
    tx bigint := txid_current();
    payload text;
    digest text;
    at_text text;
BEGIN
    SELECT last_hash INTO prev FROM workbench_audit_head WHERE id = 1 FOR UPDATE;
    IF prev IS NULL THEN
        RAISE EXCEPTION 'workbench: the audit chain head is missing; run workbench server setup';
    END IF;
    at_text := to_char(at_ts, 'YYYY-MM-DD"T"HH24:MI:SS.US');
    payload := length(prev) || ':' || prev || ';'
        || length(at_text) || ':' || at_text || ';'
        || length(who) || ':' || who || ';'
        || length(p_action) || ':' || p_action || ';'
        || length(coalesce(p_item::text, '')) || ':' || coalesce(p_item::text, '') || ';'
        || length(p_reg) || ':' || p_reg || ';'
        || length(p_before) || ':' || p_before || ';'
        || length(p_after) || ':' || p_after || ';'
        || length(tx::text) || ':' || tx::text || ';';
    digest := encode(sha256(convert_to(payload, 'UTF8')), 'hex');
    INSERT INTO audit_events (at, actor, action, item_id, reg_no, before, after,
                              prev_hash, hash, scheme, tx)
    VALUES (at_ts, who, p_action, p_item, p_reg, p_before, p_after, prev, digest, 2, tx);
    UPDATE workbench_audit_head SET last_hash = digest WHERE id = 1;
END
$fn$
"""

#: the application names its use-case; the server writes who and when
ANNOTATE = """
CREATE OR REPLACE FUNCTION workbench_annotate(
    p_action text, p_item bigint, p_reg text, p_before text, p_after text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF p_action IS NULL OR p_action = '' OR p_action LIKE 'row:%' OR length(p_action) > 40 THEN
        RAISE EXCEPTION 'workbench: invalid audit action' USING ERRCODE = '22023';
    END IF;
    PERFORM workbench_append_event(p_action, p_item, coalesce(p_reg, ''),
                                   coalesce(p_before, ''), coalesce(p_after, ''));
END
$fn$
"""

AUDIT_ROW = """
CREATE OR REPLACE FUNCTION workbench_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
DECLARE
    b jsonb;
    a jsonb;
    x jsonb;
    k text;
    item bigint;
    reg text := '';
BEGIN
    IF TG_OP <> 'INSERT' THEN b := to_jsonb(OLD) - 'content' - 'text'; END IF;
    IF TG_OP <> 'DELETE' THEN a := to_jsonb(NEW) - 'content' - 'text'; END IF;
    x := coalesce(a, b);
    IF TG_TABLE_NAME = 'settings' AND x->>'key' LIKE 'reg\\_seq.%' THEN
        RETURN NULL;  -- the registration counter: bookkeeping, not a change a reader follows
    END IF;
    IF TG_TABLE_NAME = 'items' THEN
        item := (x->>'id')::bigint;
        reg := coalesce(x->>'reg_no', '');
    ELSIF x ? 'item_id' THEN
        item := (x->>'item_id')::bigint;
        SELECT i.reg_no INTO reg FROM items i WHERE i.id = item;
        reg := coalesce(reg, '');
    END IF;
    IF TG_OP = 'UPDATE' THEN
        FOR k IN SELECT jsonb_object_keys(a) LOOP
            IF (b -> k) IS NOT DISTINCT FROM (a -> k)
               AND k NOT IN ('id', 'item_id', 'reg_no', 'login', 'key', 'year', 'day') THEN
                a := a - k;
                b := b - k;
            END IF;
        END LOOP;
        IF a = b THEN
            RETURN NULL;  -- nothing changed
        END IF;
    END IF;
    PERFORM workbench_append_event(
        'row:' || TG_TABLE_NAME || ':' || lower(TG_OP), item, reg,
        coalesce(b::text, ''), coalesce(a::text, ''));
    RETURN NULL;
END
$fn$
"""

#: role rules the server enforces on items, whatever the client
ITEMS_GUARD = """
CREATE OR REPLACE FUNCTION workbench_items_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $fn$
DECLARE
    is_counsel boolean := pg_has_role(session_user, 'workbench_counsel', 'MEMBER');
    is_clerk boolean := pg_has_role(session_user, 'workbench_clerk', 'MEMBER');
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF (NEW.opinion_on IS NOT NULL OR NEW.conclusion IS NOT NULL) AND NOT is_counsel THEN
            RAISE EXCEPTION 'workbench:issue_opinion' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.opinion_on IS DISTINCT FROM OLD.opinion_on
        OR NEW.conclusion IS DISTINCT FROM OLD.conclusion
        OR (NEW.status = 'opinion_issued' AND OLD.status <> 'opinion_issued'))
       AND NOT is_counsel THEN
        RAISE EXCEPTION 'workbench:issue_opinion' USING ERRCODE = '42501';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('in_review', 'returned')
       AND NOT (is_counsel OR is_clerk) THEN
        RAISE EXCEPTION 'workbench:review' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$fn$
"""

SETTINGS_GUARD = """
CREATE OR REPLACE FUNCTION workbench_settings_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $fn$
DECLARE
    k text := CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END;
BEGIN
    IF (k NOT LIKE 'reg\\_seq.%' OR TG_OP = 'DELETE')
       AND NOT pg_has_role(session_user, 'workbench_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'workbench:administer' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$fn$
"""

#: who added a row is the server's login, never a name the client wrote
STAMP_ACTOR = """
CREATE OR REPLACE FUNCTION workbench_stamp_actor() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF TG_TABLE_NAME = 'opinions' THEN
        NEW.created_by := session_user;
    ELSIF TG_TABLE_NAME = 'attachments' THEN
        NEW.added_by := session_user;
    ELSIF TG_TABLE_NAME = 'calendar_years' THEN
        NEW.entered_by := session_user;
    END IF;
    RETURN NEW;
END
$fn$
"""

#: (trigger name, table, timing and events, function)
TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    *(
        (f"workbench_audit_{t}", t, "AFTER INSERT OR UPDATE OR DELETE", "workbench_audit_row")
        for t in AUDITED_TABLES
    ),
    ("workbench_items_guard", "items", "BEFORE INSERT OR UPDATE", "workbench_items_guard"),
    (
        "workbench_settings_guard",
        "settings",
        "BEFORE INSERT OR UPDATE OR DELETE",
        "workbench_settings_guard",
    ),
    *(
        (f"workbench_stamp_{t}", t, "BEFORE INSERT", "workbench_stamp_actor")
        for t in ("opinions", "attachments", "calendar_years")
    ),
)

#: user management, run as the owner (who has CREATEROLE); each checks the caller itself
USER_FUNCTIONS = """
CREATE OR REPLACE FUNCTION workbench_require_admin() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF NOT pg_has_role(session_user, 'workbench_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'workbench:administer' USING ERRCODE = '42501';
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION workbench_grant_roles(p_login text, p_roles text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
DECLARE
    r text;
    g text;
    is_member boolean;
    wanted text[] := string_to_array(p_roles, ',');
BEGIN
    FOREACH r IN ARRAY ARRAY['reader', 'clerk', 'counsel', 'admin'] LOOP
        g := 'workbench_' || r;
        is_member := EXISTS (
            SELECT 1 FROM pg_auth_members m
            WHERE m.member = to_regrole(quote_ident(p_login)) AND m.roleid = to_regrole(g)
        );
        IF r = ANY (wanted) AND NOT is_member THEN
            EXECUTE format('GRANT %I TO %I', g, p_login);
        ELSIF NOT r = ANY (wanted) AND is_member THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_login);
        END IF;
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION workbench_user_add(
    p_login text, p_verifier text, p_roles text, p_name text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
BEGIN
    PERFORM workbench_require_admin();
    IF EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
        RAISE EXCEPTION 'workbench:user_exists' USING ERRCODE = '23505';
    END IF;
    IF to_regrole(quote_ident(p_login)) IS NOT NULL THEN
        RAISE EXCEPTION 'workbench:role_exists' USING ERRCODE = '42710';
    END IF;
    IF p_verifier IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    END IF;
    PERFORM workbench_grant_roles(p_login, p_roles);
    INSERT INTO users (login, display_name, role, active, created_at)
    VALUES (p_login, coalesce(p_name, ''), p_roles, true, localtimestamp);
END
$fn$;

CREATE OR REPLACE FUNCTION workbench_user_set(
    p_login text, p_roles text, p_active boolean, p_name text
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
DECLARE
    u users%ROWTYPE;
BEGIN
    PERFORM workbench_require_admin();
    SELECT * INTO u FROM users WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'workbench:no_user' USING ERRCODE = '42704';
    END IF;
    IF p_roles IS NOT NULL AND p_roles IS DISTINCT FROM u.role THEN
        PERFORM workbench_grant_roles(p_login, p_roles);
        UPDATE users SET role = p_roles WHERE login = p_login;
    END IF;
    IF p_name IS NOT NULL AND p_name IS DISTINCT FROM u.display_name THEN
        UPDATE users SET display_name = p_name WHERE login = p_login;
    END IF;
    IF p_active IS NOT NULL AND p_active IS DISTINCT FROM u.active THEN
        IF p_active THEN
            EXECUTE format('ALTER ROLE %I LOGIN', p_login);
        ELSE
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
            WHERE a.usename = p_login AND a.pid <> pg_backend_pid();
        END IF;
        UPDATE users SET active = p_active WHERE login = p_login;
    END IF;
END
$fn$;

CREATE OR REPLACE FUNCTION workbench_user_passwd(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF p_login <> session_user THEN
        PERFORM workbench_require_admin();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
        RAISE EXCEPTION 'workbench:no_user' USING ERRCODE = '42704';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'workbench:bad_verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END
$fn$;
"""

#: functions a login may call, and who
FUNCTION_GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("workbench_annotate(text, bigint, text, text, text)", WRITERS),
    ("workbench_user_add(text, text, text, text)", (ADMIN,)),
    ("workbench_user_set(text, text, boolean, text)", (ADMIN,)),
    ("workbench_user_passwd(text, text)", GROUPS),
)
#: every function of ours: nobody but the owner executes what is not granted above
ALL_FUNCTIONS = (
    "workbench_append_event(text, bigint, text, text, text)",
    "workbench_annotate(text, bigint, text, text, text)",
    "workbench_audit_row()",
    "workbench_items_guard()",
    "workbench_settings_guard()",
    "workbench_stamp_actor()",
    "workbench_require_admin()",
    "workbench_grant_roles(text, text)",
    "workbench_user_add(text, text, text, text)",
    "workbench_user_set(text, text, boolean, text)",
    "workbench_user_passwd(text, text)",
)
