using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Plain ADO.NET for every statement of the SQLite store: a command with named parameters, run for its row count, its
/// first value or its rows (each turned into a value by an explicit reader of its columns, by position).
/// </summary>
/// <remarks>
/// No Dapper: it emits IL at run time to bind parameters and map rows, which Native AOT cannot do, so the conversion of
/// the earlier SQLite files would fail under AOT; and its first use cost tens of milliseconds before the first frame.
/// A parameter is <c>("@name", value)</c>, named as in the SQL; <c>null</c> binds SQL NULL. A parameter the SQL does
/// not use is ignored.
/// </remarks>
internal static class RawSql
{
    /// <summary>Runs every statement of <paramref name="sql"/>; returns the number of rows changed.</summary>
    public static int Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="sql"/> once for each of <paramref name="rows"/>, with that row's parameters.</summary>
    public static void ExecuteEach<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<T> rows, Func<T, (string Name, object? Value)[]> parameters)
    {
        using var command = Command(connection, sql, transaction);
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            Bind(command, parameters(row));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The first column of the first row as a whole number; 0 when there is no row or it is NULL.</summary>
    public static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The first column of the first row as text; null when there is no row or it is NULL.</summary>
    public static string? Text(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Every row of <paramref name="sql"/>, each read by <paramref name="read"/>.</summary>
    public static List<T> Query<T>(SqliteConnection connection, string sql, SqliteTransaction? transaction, Func<SqliteDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>A command with its parameters bound; the caller disposes it.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Bind(command, parameters);
        return command;
    }

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? NullableDouble(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static void Bind(SqliteCommand command, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
