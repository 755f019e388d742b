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
    ];

    /// <summary>The schema version this program writes.</summary>
    public static int Latest => Steps.Length;

    public static (string Description, string Sql) Step(int version) => Steps[version - 1];
}
