using CoMarketing.Core.Common;
using Npgsql;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL store lives: the server and database (as Npgsql connection settings, password never included)
/// and the association inside it.
/// </summary>
/// <remarks>
/// Two spellings are accepted: a URL <c>postgres://user@host:port/dbname?sslmode=require&amp;association=NAME</c>
/// and an Npgsql connection string <c>Host=…;Database=…;Association=NAME</c>. The SSL mode is Npgsql's
/// (<c>disable</c>, <c>allow</c>, <c>prefer</c>, <c>require</c>, <c>verify-ca</c>, <c>verify-full</c>). A password
/// written into either is refused: it would be seen by anyone listing processes or reading the shell history, so it
/// comes from <c>PGPASSWORD</c>, <c>~/.pgpass</c> (both read by Npgsql) or a prompt. Without an association the
/// store uses the one named <see cref="DefaultAssociation"/>.
/// </remarks>
public sealed class PgTarget
{
    public const string DefaultAssociation = "default";

    private const string PasswordRefused = "A password on the command line or in COMARKETING_DB is refused (anyone listing processes could read it); put it in PGPASSWORD or ~/.pgpass, or let the program ask for it.";

    private PgTarget(NpgsqlConnectionStringBuilder settings, string association)
    {
        Settings = settings;
        Association = association;
    }

    /// <summary>The Npgsql connection settings, without a password unless one was supplied by a prompt.</summary>
    public NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>The association's name inside the database.</summary>
    public string Association { get; }

    /// <summary>The target in words a person can find it by (no password): <c>postgres://user@host:port/db#association</c>.</summary>
    public string Display => $"postgres://{(string.IsNullOrEmpty(Settings.Username) ? string.Empty : Settings.Username + "@")}{Settings.Host}:{Settings.Port}/{Settings.Database} (association '{Association}')";

    /// <summary>True when <paramref name="value"/> names a PostgreSQL server rather than a database file.</summary>
    public static bool Looks(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Split(';').Any(part => part.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase) || part.TrimStart().StartsWith("server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads a URL or a connection string; refuses a password, an unknown setting or a missing database in words.</summary>
    /// <exception cref="DomainException">The text cannot be used, with the reason.</exception>
    public static PgTarget Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return text.Contains("://", StringComparison.Ordinal) ? FromUrl(text) : FromConnectionString(text);
    }

    /// <summary>The same target with a password given at a prompt (kept in memory only).</summary>
    public PgTarget WithPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var settings = new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { Password = password };
        return new PgTarget(settings, Association);
    }

    /// <summary>The same server and database, another association (tests and <c>db copy</c>).</summary>
    public PgTarget ForAssociation(string association)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(association);
        return new PgTarget(new NpgsqlConnectionStringBuilder(Settings.ConnectionString), association.Trim());
    }

    private static PgTarget FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "postgres" && uri.Scheme != "postgresql"))
        {
            throw new DomainException($"'{text}' is not a PostgreSQL URL; write postgres://user@host:port/dbname.");
        }

        var user = Uri.UnescapeDataString(uri.UserInfo);
        if (user.Contains(':', StringComparison.Ordinal))
        {
            throw new DomainException(PasswordRefused);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new DomainException($"'{Redact(text)}' names no database; write postgres://user@host:port/dbname.");
        }

        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        if (user.Length > 0)
        {
            settings.Username = user;
        }

        var association = DefaultAssociation;
        foreach (var (key, raw) in QueryPairs(uri.Query))
        {
            switch (key.ToLowerInvariant())
            {
                case "association":
                    association = Name(raw);
                    break;
                case "sslmode":
                    settings.SslMode = SslMode(raw);
                    break;
                case "password":
                    throw new DomainException(PasswordRefused);
                default:
                    throw new DomainException($"The PostgreSQL URL has an unknown setting '{key}'; it knows association and sslmode.");
            }
        }

        return new PgTarget(settings, association);
    }

    private static PgTarget FromConnectionString(string text)
    {
        var association = DefaultAssociation;
        var kept = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals].Trim();
            if (key.Equals("association", StringComparison.OrdinalIgnoreCase))
            {
                association = Name(part[(equals + 1)..]);
            }
            else
            {
                kept.Add(part);
            }
        }

        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(string.Join(';', kept));
        }
        catch (ArgumentException ex)
        {
            throw new DomainException($"The PostgreSQL connection string cannot be read: {ex.Message}", ex);
        }

        if (!string.IsNullOrEmpty(settings.Password))
        {
            throw new DomainException(PasswordRefused);
        }

        if (string.IsNullOrWhiteSpace(settings.Host) || string.IsNullOrWhiteSpace(settings.Database))
        {
            throw new DomainException("The PostgreSQL connection string needs both Host=… and Database=….");
        }

        return new PgTarget(settings, association);
    }

    private static IEnumerable<(string Key, string Value)> QueryPairs(string query)
        => query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            return equals < 0
                ? (Uri.UnescapeDataString(pair), string.Empty)
                : (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' ')));
        });

    private static string Name(string raw)
    {
        var name = raw.Trim();
        return name.Length is > 0 and <= 100
            ? name
            : throw new DomainException("The association's name must be 1–100 characters.");
    }

    private static Npgsql.SslMode SslMode(string raw) => raw.Trim().ToLowerInvariant() switch
    {
        "disable" => Npgsql.SslMode.Disable,
        "allow" => Npgsql.SslMode.Allow,
        "prefer" => Npgsql.SslMode.Prefer,
        "require" => Npgsql.SslMode.Require,
        "verify-ca" => Npgsql.SslMode.VerifyCA,
        "verify-full" => Npgsql.SslMode.VerifyFull,
        _ => throw new DomainException($"Unknown sslmode '{raw}'; use disable, allow, prefer, require, verify-ca or verify-full."),
    };

    private static string Redact(string text) => text.Split('?')[0];
}
