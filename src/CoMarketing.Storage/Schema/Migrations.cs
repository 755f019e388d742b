namespace CoMarketing.Storage.Schema;

/// <summary>
/// The forward-only schema migrations, in order. Migration i (0-based) brings the file from
/// <c>user_version</c> i to i + 1. Never edit a shipped step; add a new one.
/// </summary>
/// <remarks>
/// Money is INTEGER cents; VAT rates are INTEGER hundredths of a percent (25.5 % = 2550); cost-split weights and
/// percents are invariant decimal TEXT; dates are ISO-8601 TEXT. Age weights, coordinates and engagement rates are
/// proportions (doubles in the domain), stored as REAL, which keeps a double exactly.
/// </remarks>
internal static class Migrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // v1: the domain.
        """
        CREATE TABLE association (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            currency TEXT NOT NULL,
            default_vat_bp INTEGER NOT NULL CHECK (default_vat_bp BETWEEN 0 AND 10000),
            language TEXT NOT NULL,
            population INTEGER NOT NULL CHECK (population > 0),
            small_town_mode INTEGER NOT NULL,
            kiosk_idle_minutes INTEGER NOT NULL
        );
        CREATE TABLE businesses (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            business_id TEXT NULL,
            industry TEXT NOT NULL,
            municipality TEXT NOT NULL,
            latitude REAL NULL,
            longitude REAL NULL,
            catchment_km REAL NULL,
            customer_type TEXT NOT NULL,
            contact_person TEXT NULL,
            email TEXT NULL,
            phone TEXT NULL,
            notes TEXT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            age_0 REAL NOT NULL, age_1 REAL NOT NULL, age_2 REAL NOT NULL, age_3 REAL NOT NULL,
            age_4 REAL NOT NULL, age_5 REAL NOT NULL, age_6 REAL NOT NULL,
            months_mask INTEGER NOT NULL,
            customers_per_month INTEGER NOT NULL,
            national INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX businesses_business_id ON businesses (business_id) WHERE business_id IS NOT NULL;
        CREATE TABLE offerings (
            business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            offering TEXT NOT NULL,
            PRIMARY KEY (business_id, offering)
        );
        CREATE TABLE audience_interests (
            business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (business_id, tag)
        );
        CREATE TABLE audience_municipalities (
            business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            municipality TEXT NOT NULL,
            PRIMARY KEY (business_id, municipality)
        );
        CREATE TABLE channels (
            id INTEGER PRIMARY KEY,
            business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            audience_size INTEGER NOT NULL,
            engagement_rate REAL NOT NULL,
            typical_cost_cents INTEGER NOT NULL,
            age_0 REAL NULL, age_1 REAL NULL, age_2 REAL NULL, age_3 REAL NULL,
            age_4 REAL NULL, age_5 REAL NULL, age_6 REAL NULL
        );
        CREATE INDEX channels_business ON channels (business_id, position);
        CREATE TABLE pair_preferences (
            from_business INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            to_business INTEGER NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            PRIMARY KEY (from_business, to_business)
        );
        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            goal_kind TEXT NOT NULL,
            goal_target TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE TABLE campaign_participants (
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            PRIMARY KEY (campaign_id, business_id),
            UNIQUE (campaign_id, position)
        );
        CREATE TABLE cost_items (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            channel_kind TEXT NULL,
            net_cents INTEGER NOT NULL,
            vat_bp INTEGER NOT NULL,
            paid_by INTEGER NULL REFERENCES businesses (id),
            rule TEXT NOT NULL
        );
        CREATE INDEX cost_items_campaign ON cost_items (campaign_id, position);
        CREATE TABLE cost_item_among (
            cost_item_id INTEGER NOT NULL REFERENCES cost_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            PRIMARY KEY (cost_item_id, business_id)
        );
        CREATE TABLE cost_item_weights (
            cost_item_id INTEGER NOT NULL REFERENCES cost_items (id) ON DELETE CASCADE,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            weight TEXT NOT NULL,
            PRIMARY KEY (cost_item_id, business_id)
        );
        CREATE TABLE cost_item_percents (
            cost_item_id INTEGER NOT NULL REFERENCES cost_items (id) ON DELETE CASCADE,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            percent TEXT NOT NULL,
            PRIMARY KEY (cost_item_id, business_id)
        );
        CREATE TABLE cost_item_amounts (
            cost_item_id INTEGER NOT NULL REFERENCES cost_items (id) ON DELETE CASCADE,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            amount_cents INTEGER NOT NULL,
            PRIMARY KEY (cost_item_id, business_id)
        );
        CREATE TABLE plan_entries (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            channel_kind TEXT NOT NULL,
            description TEXT NOT NULL
        );
        CREATE INDEX plan_entries_campaign ON plan_entries (campaign_id, date);
        CREATE TABLE results (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
            business_id INTEGER NOT NULL REFERENCES businesses (id),
            period_start TEXT NOT NULL,
            period TEXT NOT NULL,
            reached INTEGER NOT NULL,
            interested INTEGER NOT NULL,
            leads INTEGER NOT NULL,
            new_customers INTEGER NOT NULL,
            revenue_cents INTEGER NOT NULL
        );
        CREATE INDEX results_campaign ON results (campaign_id);
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor_kind TEXT NOT NULL,
            actor_business_id INTEGER NULL,
            action TEXT NOT NULL,
            details TEXT NOT NULL
        );
        """,

        // v2: kiosk sign-in (PBKDF2-SHA256 hashes, wrong-PIN counters and locks).
        """
        ALTER TABLE association ADD COLUMN coordinator_pin_hash TEXT NULL;
        ALTER TABLE association ADD COLUMN coordinator_pin_salt TEXT NULL;
        ALTER TABLE association ADD COLUMN coordinator_pin_iterations INTEGER NULL;
        ALTER TABLE association ADD COLUMN coordinator_failed_attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE association ADD COLUMN coordinator_locked_until TEXT NULL;
        ALTER TABLE businesses ADD COLUMN pin_hash TEXT NULL;
        ALTER TABLE businesses ADD COLUMN pin_salt TEXT NULL;
        ALTER TABLE businesses ADD COLUMN pin_iterations INTEGER NULL;
        ALTER TABLE businesses ADD COLUMN failed_pin_attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE businesses ADD COLUMN locked_until TEXT NULL;
        """,

        // v3 (kiosk drafts): unsaved form input kept when the kiosk times out (business_id NULL is the
        // coordinator), and when each account last had a wrong PIN (for the growing pauses).
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            business_id INTEGER NULL REFERENCES businesses (id) ON DELETE CASCADE,
            form TEXT NOT NULL,
            content TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX drafts_owner_form ON drafts (ifnull(business_id, 0), form);
        ALTER TABLE association ADD COLUMN coordinator_last_failed_at TEXT NULL;
        ALTER TABLE businesses ADD COLUMN last_failed_pin_at TEXT NULL;
        """,

        // v4: the association's budget plan, money planned per calendar month ('YYYY-MM').
        """
        CREATE TABLE budget_plan (
            month TEXT PRIMARY KEY,
            planned_cents INTEGER NOT NULL CHECK (planned_cents >= 0)
        );
        """,

        // v5 (payment instructions): the association's Y-tunnus, IBAN and payment term in days.
        """
        ALTER TABLE association ADD COLUMN business_id TEXT NULL;
        ALTER TABLE association ADD COLUMN iban TEXT NULL;
        ALTER TABLE association ADD COLUMN payment_term_days INTEGER NOT NULL DEFAULT 14 CHECK (payment_term_days BETWEEN 0 AND 365);
        """,
    ];

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => Steps.Count;

    /// <summary>Tables a CoMarketing database must have.</summary>
    public static IReadOnlyList<string> RequiredTables { get; } =
    [
        "association", "businesses", "offerings", "audience_interests", "audience_municipalities", "channels",
        "pair_preferences", "campaigns", "campaign_participants", "cost_items", "cost_item_among",
        "cost_item_weights", "cost_item_percents", "cost_item_amounts", "plan_entries", "results", "audit_log",
    ];
}
