using LiteDB;
using Npgsql;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// One transaction on one connection, scoped to one association (its id is set as <c>comarketing.association</c> for
/// the transaction, which the row-level security policies read). Documents travel as BSON bytes.
/// </summary>
internal sealed class PgSession
{
    public PgSession(NpgsqlConnection connection, NpgsqlTransaction transaction, long association)
    {
        Connection = connection;
        Transaction = transaction;
        Association = association;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>The association every row read or written belongs to.</summary>
    public long Association { get; }

    public NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, Connection, Transaction);
        command.Parameters.AddWithValue("a", Association);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of (version, document) or (document) as the query selects: the document is the last column.</summary>
    public List<(long Version, BsonDocument Document)> Documents(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, BsonDocument)>();
        while (reader.Read())
        {
            var last = reader.FieldCount - 1;
            var version = last > 0 ? reader.GetInt64(0) : 0;
            rows.Add((version, Decode((byte[])reader[last])));
        }

        return rows;
    }

    public (long Version, BsonDocument Document)? Document(string sql, params (string Name, object? Value)[] parameters)
        => Documents(sql, parameters) is [var row] ? row : null;

    public static byte[] Encode(BsonDocument document) => BsonSerializer.Serialize(document);

    public static BsonDocument Decode(byte[] bytes) => BsonSerializer.Deserialize(bytes);

    public static (string, object?) Bytes(string name, BsonDocument document) => (name, Encode(document));
}
