using System.Data.Common;
using System.Globalization;

namespace Graph.Core.Storage.Relational;

/// <summary>Small ADO.NET helpers shared by the SQLite and PostgreSQL stores; parameters are written <c>@name</c>.</summary>
internal static class Sql
{
    public static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        return Convert<T>(command.ExecuteScalar());
    }

    public static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters) =>
        Read(connection, null, sql, map, parameters);

    public static List<T> Read<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static T Convert<T>(object? value) =>
        value is null or DBNull
            ? default!
            : (T)System.Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);

    public static long Long(DbDataReader reader, int column) => System.Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    public static int Int(DbDataReader reader, int column) => System.Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    public static double Double(DbDataReader reader, int column) => System.Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture);

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        Bind(command, parameters);
        return command;
    }

    /// <summary>Sets the command's parameters, adding those it does not have yet (so a prepared command is reused).</summary>
    public static void Bind(DbCommand command, (string Name, object? Value)[] parameters)
    {
        // A reused command is bound in the order it was built, so each name is checked where it was
        // put rather than searched for: a search per name made a thousand-parameter statement quadratic.
        for (var i = 0; i < parameters.Length; i++)
        {
            var (name, value) = parameters[i];
            if (i < command.Parameters.Count && command.Parameters[i].ParameterName == name)
            {
                command.Parameters[i].Value = value ?? DBNull.Value;
                continue;
            }

            var index = command.Parameters.IndexOf(name);
            if (index >= 0)
            {
                command.Parameters[index].Value = value ?? DBNull.Value;
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
