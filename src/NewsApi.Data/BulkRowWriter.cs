using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsApi.Data;

/// <summary>
/// Inserts untracked rows with multi-row INSERT statements on the context's connection and current transaction. Each table's
/// statement is built from the EF model (table, columns, identifier quoting, parameter type mappings and converters), so it is
/// the same SQL on SQLite and PostgreSQL and binds the values EF's own INSERT would. For rows nothing reads back: a
/// store-generated key is left to the database, and the rows are not tracked. EF's change detection and command batching cost
/// far more per row than executing the INSERT, which is what the upsert of a batch spends most of its time on otherwise.
/// </summary>
public sealed class BulkRowWriter(DbContext db)
{
    // Microsoft.Data.Sqlite binds each parameter by name and SQLite looks a name up by a linear search, so the cost per row
    // grows with the statement: measured on a seeding, the bulk rows took 0.39 ms per document at 999 parameters a statement,
    // 0.18 at 250 and 0.15 at 100 or 40. Npgsql binds by position and each statement is a round trip: larger there.
    private int MaxParametersPerStatement => db.Database.ProviderName == NewsDbContext.NpgsqlProviderName ? 999 : 100;

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        foreach (var command in Commands(rows))
        {
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public void Insert<T>(IReadOnlyList<T> rows)
        where T : class
    {
        foreach (var command in Commands(rows))
        {
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Inserts rows whose key the database generates and gives each row its key, read back with RETURNING together with
    /// <paramref name="uniqueProperty"/>: neither SQLite nor PostgreSQL promises to return the rows of a multi-row INSERT in
    /// the order of its VALUES, so each key is matched to its row by that column's value, which must be unique in the rows.
    /// </summary>
    public async Task InsertReturningKeysAsync<T>(IReadOnlyList<T> rows, string uniqueProperty, Action<T, int> setKey, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(setKey);
        var byUnique = new Dictionary<string, T>(rows.Count, StringComparer.Ordinal);
        var unique = TableOf<T>().Columns.Find(c => c.Property == uniqueProperty)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{uniqueProperty} is not a column this writer writes.");
        foreach (var row in rows)
        {
            if (!byUnique.TryAdd((string?)unique.Getter.GetClrValueUsingContainingEntity(row) ?? "", row))
            {
                throw new InvalidOperationException($"Two new {typeof(T).Name} rows have the same {uniqueProperty}.");
            }
        }
        var returned = 0;
        foreach (var command in Commands(rows, uniqueProperty))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                setKey(byUnique[reader.GetString(1)], reader.GetInt32(0));
                returned++;
            }
        }
        if (returned != rows.Count)
        {
            throw new InvalidOperationException($"{rows.Count} {typeof(T).Name} rows were inserted but {returned} keys came back.");
        }
    }

    /// <summary>Each statement in turn with the next rows bound: one command reused for the full chunks (SQLite keeps it prepared), one for the remainder.</summary>
    private IEnumerable<DbCommand> Commands<T>(IReadOnlyList<T> rows, string? returning = null)
        where T : class
    {
        if (rows.Count == 0)
        {
            yield break;
        }
        var table = TableOf<T>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside a transaction, with the rows they point at.");
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / table.Columns.Count);
        InsertCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                if (count == rowsPerStatement)
                {
                    full ??= table.CreateCommand(connection, transaction, count, returning);
                    yield return full.Bind(rows, start);
                }
                else
                {
                    using var rest = table.CreateCommand(connection, transaction, count, returning);
                    yield return rest.Bind(rows, start);
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private TableInsert TableOf<T>()
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var columns = new List<Column>();
        string? generatedKey = null;
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
            {
                generatedKey = property.GetColumnName(store) ?? property.Name;
                continue;
            }
            if (property.IsShadowProperty() || property.ValueGenerated != ValueGenerated.Never)
            {
                // Such a value lives in the change tracker or the database, not on the row object this writer reads.
                throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a shadow or generated property; write {typeof(T).Name} through EF.");
            }
            var mapping = property.GetRelationalTypeMapping();
            columns.Add(new Column(property.Name, property.GetColumnName(store) ?? property.Name, property.GetGetter(), mapping, property.IsNullable, ProviderValue(mapping)));
        }
        return new TableInsert(db.GetService<ISqlGenerationHelper>(), tableName, entityType.GetSchema(), columns, generatedKey);
    }

    /// <summary>
    /// The value <see cref="RelationalTypeMapping.CreateParameter"/> binds for a column, for the statements after a command's
    /// first, which set the values of the parameters that first one made. Null where only the mapping itself can say (an enum
    /// without a converter): those columns make a new parameter each time.
    /// </summary>
    private static Func<object?, object?>? ProviderValue(RelationalTypeMapping mapping)
    {
        var converter = mapping.Converter;
        if (converter is null)
        {
            return Nullable.GetUnderlyingType(mapping.ClrType) is { IsEnum: true } || mapping.ClrType.IsEnum ? null : value => value;
        }
        if (converter is CollectionToJsonStringConverter<string> json)
        {
            // What EF's converter ends in; its compiled lambda finds the reader/writer by reflection for every value, which was a
            // third of binding an article's row (its Body) or a person's (its Aliases).
            var readerWriter = json.JsonReaderWriter;
            return value => value is null ? null : readerWriter.ToJsonString(value);
        }
        var toProvider = converter.ConvertToProvider;
        return value => toProvider(value);
    }

    private sealed record Column(string Property, string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool Nullable, Func<object?, object?>? ToProvider);

    private sealed class TableInsert(ISqlGenerationHelper sql, string table, string? schema, List<Column> columns, string? generatedKey)
    {
        public List<Column> Columns => columns;

        /// <summary>The INSERT of <paramref name="rowCount"/> rows; with <paramref name="returning"/>, it returns each row's generated key and that property's column.</summary>
        public InsertCommand CreateCommand(DbConnection connection, DbTransaction transaction, int rowCount, string? returning)
        {
            var names = new string[rowCount * columns.Count];
            var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table, schema)).Append(" (")
                .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
            for (var row = 0; row < rowCount; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var index = (row * columns.Count) + column;
                    var name = string.Create(CultureInfo.InvariantCulture, $"p{index}");
                    names[index] = sql.GenerateParameterName(name);
                    text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            if (returning is not null)
            {
                var key = generatedKey ?? throw new InvalidOperationException($"{table} has no generated key to return.");
                text.Append(" RETURNING ").Append(sql.DelimitIdentifier(key)).Append(", ").Append(sql.DelimitIdentifier(columns.Single(c => c.Property == returning).Name));
            }
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text.ToString();
            return new InsertCommand(command, columns, names, rowCount);
        }
    }

    private sealed class InsertCommand(DbCommand command, List<Column> columns, string[] parameterNames, int rowCount) : IDisposable
    {
        private DbParameter[]? _parameters;

        public DbCommand Bind<T>(IReadOnlyList<T> rows, int start)
            where T : class
        {
            if (_parameters is null)
            {
                // The first time through the type mapping, as EF's own INSERT binds them: value converters (enums, UTC ticks),
                // DbType, size. A reused command (the full chunks of a table) then only changes the parameters' values: making
                // ~100 parameters a statement was most of the bulk rows' managed time.
                _parameters = new DbParameter[rowCount * columns.Count];
                for (var row = 0; row < rowCount; row++)
                {
                    var entity = rows[start + row];
                    for (var column = 0; column < columns.Count; column++)
                    {
                        var c = columns[column];
                        var index = (row * columns.Count) + column;
                        _parameters[index] = c.Mapping.CreateParameter(command, parameterNames[index], c.Getter.GetClrValueUsingContainingEntity(entity), c.Nullable);
                    }
                }
                command.Parameters.AddRange(_parameters);
                return command;
            }
            for (var row = 0; row < rowCount; row++)
            {
                var entity = rows[start + row];
                for (var column = 0; column < columns.Count; column++)
                {
                    var c = columns[column];
                    var index = (row * columns.Count) + column;
                    var value = c.Getter.GetClrValueUsingContainingEntity(entity);
                    if (c.ToProvider is { } toProvider)
                    {
                        _parameters[index].Value = toProvider(value) ?? DBNull.Value;
                    }
                    else
                    {
                        var parameter = c.Mapping.CreateParameter(command, parameterNames[index], value, c.Nullable);
                        command.Parameters.Remove(_parameters[index]);
                        command.Parameters.Add(parameter);
                        _parameters[index] = parameter;
                    }
                }
            }
            return command;
        }

        public void Dispose() => command.Dispose();
    }
}
