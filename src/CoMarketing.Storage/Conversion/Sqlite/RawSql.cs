using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Plain ADO.NET for the few statements every start runs (pragmas, the schema check, the first screen's reads).
/// </summary>
/// <remarks>
/// Why not Dapper here: Dapper's first use loads XML and Reflection.Emit and compiles a mapper per query shape,
/// which costs tens of milliseconds before the planner's first frame. Everything else keeps using Dapper.
/// </remarks>
internal static class RawSql
{
    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(connection, sql, transaction);
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, long? id = null)
    {
        using var command = Command(connection, sql, transaction, id);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>A command; <paramref name="id"/>, when given, is bound to <c>@id</c>.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, long? id = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (id is not null)
        {
            command.Parameters.AddWithValue("@id", id.Value);
        }

        return command;
    }

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
