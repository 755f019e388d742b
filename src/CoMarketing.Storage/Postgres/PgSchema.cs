namespace CoMarketing.Storage.Postgres;

/// <summary>
/// The forward-only steps of the PostgreSQL layout; step i (1-based) brings the schema from version i - 1 to i.
/// Never edit a shipped step; add a new one. <see cref="PgMigrator"/> runs them in one transaction under an advisory lock.
/// </summary>
/// <remarks>
/// Every table but <c>associations</c> (the directory of names) holds rows of many associations, keyed by
/// <c>association_id</c>; row-level security (forced, so it binds the tables' owner too) shows a transaction only the
/// rows of the association in its <c>comarketing.association</c> setting, and refuses writing rows of another. Each
/// record is the same BSON document the LiteDB provider keeps (see <c>LiteDb/Mapping</c>), beside the columns that
/// the unique keys and queries need, so the two providers read and check records with one set of mappers and an
/// association moves between them without loss.
/// </remarks>
internal static class PgSchema
{
    /// <summary>The tables holding an association's rows, each with its row-level security policy.</summary>
    public static readonly string[] AssociationTables = ["settings", "businesses", "campaigns", "pairs", "audit", "drafts", "budget", "meta"];

    /// <summary>
    /// The tables of step 3, which hold what an association shares with its federation. Besides its own rows, a
    /// transaction may read (never write) other associations' rows here as far as their <c>federation.tier</c> allows:
    /// 1 counts (<c>federation</c>, <c>shared_counts</c>), 2 profiles (<c>shared_profiles</c>), 3 contacts
    /// (<c>shared_contacts</c>). Contact details, notes, business IDs and PINs never enter a profile.
    /// </summary>
    public static readonly string[] FederationTables = ["federation", "shared_profiles", "shared_contacts", "shared_counts"];

    private static readonly (string Description, string Sql)[] Steps =
    [
        ("The tables of every association's records.", """
            CREATE TABLE associations (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL UNIQUE,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE settings (
                association_id bigint PRIMARY KEY REFERENCES associations (id),
                document bytea NOT NULL);
            CREATE TABLE businesses (
                association_id bigint NOT NULL REFERENCES associations (id),
                id bigint NOT NULL,
                name_key text NOT NULL,
                business_id text,
                archived boolean NOT NULL,
                version bigint NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, id),
                UNIQUE (association_id, name_key),
                UNIQUE (association_id, business_id));
            CREATE TABLE campaigns (
                association_id bigint NOT NULL REFERENCES associations (id),
                id bigint NOT NULL,
                name_key text NOT NULL,
                version bigint NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, id),
                UNIQUE (association_id, name_key));
            CREATE TABLE pairs (
                association_id bigint NOT NULL REFERENCES associations (id),
                key text NOT NULL,
                from_id bigint NOT NULL,
                to_id bigint NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, key));
            CREATE TABLE audit (
                association_id bigint NOT NULL REFERENCES associations (id),
                id bigint NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, id));
            CREATE TABLE drafts (
                association_id bigint NOT NULL REFERENCES associations (id),
                key text NOT NULL,
                business_id bigint,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, key));
            CREATE TABLE budget (
                association_id bigint NOT NULL REFERENCES associations (id),
                month integer NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, month));
            CREATE TABLE meta (
                association_id bigint NOT NULL REFERENCES associations (id),
                key text NOT NULL,
                document bytea NOT NULL,
                PRIMARY KEY (association_id, key));
            """),
        ("Row-level security: a transaction sees and writes only its own association's rows.", string.Concat(AssociationTables.Select(table => $"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY own_association ON {table}
                USING (association_id = NULLIF(current_setting('comarketing.association', true), '')::bigint)
                WITH CHECK (association_id = NULLIF(current_setting('comarketing.association', true), '')::bigint);

            """))),
        ("Federation sharing: each association's tier, and the shared profiles, contacts and counts other associations may read as far as that tier allows.", """
            CREATE TABLE federation (
                association_id bigint PRIMARY KEY REFERENCES associations (id),
                tier smallint NOT NULL CHECK (tier BETWEEN 0 AND 3),
                name text NOT NULL,
                coordinator_person text,
                coordinator_email text,
                coordinator_phone text);
            CREATE TABLE shared_profiles (
                association_id bigint NOT NULL,
                id bigint NOT NULL,
                industry text NOT NULL,
                municipality text NOT NULL,
                national boolean NOT NULL,
                profile bytea NOT NULL,
                PRIMARY KEY (association_id, id),
                FOREIGN KEY (association_id, id) REFERENCES businesses (association_id, id) ON DELETE CASCADE);
            CREATE TABLE shared_contacts (
                association_id bigint NOT NULL,
                id bigint NOT NULL,
                person text,
                email text,
                phone text,
                PRIMARY KEY (association_id, id),
                FOREIGN KEY (association_id, id) REFERENCES shared_profiles (association_id, id) ON DELETE CASCADE);
            CREATE TABLE shared_counts (
                association_id bigint NOT NULL REFERENCES associations (id),
                industry text NOT NULL,
                municipality text NOT NULL,
                national boolean NOT NULL,
                members integer NOT NULL,
                PRIMARY KEY (association_id, industry, municipality, national));
            """ + string.Concat(FederationTables.Select(table => $"""
            ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY own_association ON {table}
                USING (association_id = NULLIF(current_setting('comarketing.association', true), '')::bigint)
                WITH CHECK (association_id = NULLIF(current_setting('comarketing.association', true), '')::bigint);

            """)) + """
            CREATE POLICY federation_read ON federation FOR SELECT USING (tier >= 1);
            CREATE POLICY federation_read ON shared_counts FOR SELECT
                USING (association_id IN (SELECT f.association_id FROM federation f WHERE f.tier >= 1));
            CREATE POLICY federation_read ON shared_profiles FOR SELECT
                USING (association_id IN (SELECT f.association_id FROM federation f WHERE f.tier >= 2));
            CREATE POLICY federation_read ON shared_contacts FOR SELECT
                USING (association_id IN (SELECT f.association_id FROM federation f WHERE f.tier >= 3));
            """),
    ];

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => Steps.Length;

    public static (string Description, string Sql) Step(int version) => Steps[version - 1];
}
