using IsolationLevel = System.Data.IsolationLevel;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NewsApi.Data;
using NewsApi.Search;

namespace NewsApi.Transfer;

/// <summary>What to copy where.</summary>
/// <param name="Force">Empty a target that already holds rows instead of refusing it.</param>
/// <param name="BatchSize">Rows read from the source per query (and at most per insert statement).</param>
public sealed record TransferOptions(DatabaseEndpoint From, DatabaseEndpoint To, bool Force = false, int BatchSize = 1000);

/// <summary>Rows of one table on both sides after the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Equal => Source == Target;
}

public sealed record TransferReport(IReadOnlyList<TableCount> Counts)
{
    public bool CountsMatch => Counts.All(c => c.Equal);
}

/// <summary>A transfer that cannot start: the message says why and what to do.</summary>
public class TransferException(string message) : Exception(message);

public sealed class TargetNotEmptyException(string message) : TransferException(message);

/// <summary>
/// Copies every row of every table of the EF model (articles, people, organizations, tags, links with their roles, quotes,
/// images, related headlines, change feed) from one database to another, ids included, in one transaction on the target;
/// then resets PostgreSQL's identity sequences, rebuilds the search index with the app's own code, and counts both sides.
/// Rows are written with plain INSERTs built from the model's column mappings, not through SaveChanges: the context's save
/// would add change-feed rows and renew concurrency tokens, and a copy must keep both as they are.
/// </summary>
public static class DatabaseTransfer
{
    // Microsoft.Data.Sqlite's SQLite allows 32,766 parameters per statement, PostgreSQL 65,535.
    private const int SqliteMaxParameters = 30_000;
    private const int PostgresMaxParameters = 60_000;

    public static async Task<TransferReport> RunAsync(TransferOptions options, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (options.BatchSize < 1)
        {
            throw new TransferException("--batch-size must be at least 1.");
        }
        if (options.From == options.To)
        {
            throw new TransferException("The source and the target are the same database.");
        }
        if (options.From.SqliteFile is { } file && !File.Exists(file))
        {
            throw new TransferException($"The source file {file} does not exist.");
        }
        if (options.To.SqliteFile is { } targetFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(targetFile)!);
        }

        await using var source = options.From.CreateContext();
        await using var target = options.To.CreateContext();
        await OpenAsync(source, ct);
        await OpenAsync(target, ct);

        await CheckSourceSchemaAsync(source, options.From, ct);
        log.WriteLine($"Migrating the target, {options.To.Display}");
        await target.Database.MigrateAsync(ct);

        var tables = TablesInInsertOrder(target.Model);
        var searchTable = DelimitedSearchTable(target);

        // A snapshot of the source for the whole copy and the counts, so that an API still writing to it cannot make them disagree.
        await using var sourceTransaction = await BeginSnapshotAsync(source, ct);
        await using var targetTransaction = await target.Database.BeginTransactionAsync(ct);

        if (!await IsEmptyAsync(target, tables, searchTable, ct))
        {
            if (!options.Force)
            {
                throw new TargetNotEmptyException($"The target, {options.To.Display}, already holds rows; pass --force to empty it first.");
            }
            log.WriteLine("Emptying the target (--force)");
            await EmptyAsync(target, tables, searchTable, ct);
        }

        log.WriteLine($"Copying from {options.From.Display}");
        foreach (var table in tables)
        {
            var watch = Stopwatch.StartNew();
            var copied = await CopyTableAsync(source, target, table, options.BatchSize, ct);
            log.WriteLine(FormattableString.Invariant($"  {table.GetTableName(),-22} {copied,10:N0} rows {watch.Elapsed.TotalSeconds,8:F1} s"));
        }

        await SetIdCountersAsync(target, tables, await ReadIdHighWaterMarksAsync(source, tables, ct), ct);

        var indexWatch = Stopwatch.StartNew();
        var indexed = await RebuildSearchIndexAsync(target, options.BatchSize, ct);
        log.WriteLine(FormattableString.Invariant($"  {SearchIndex.Table,-22} {indexed,10:N0} rows {indexWatch.Elapsed.TotalSeconds,8:F1} s (rebuilt by the app's search index code)"));

        await targetTransaction.CommitAsync(ct);

        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            var name = Delimit(target, table.GetTableName()!, table.GetSchema());
            counts.Add(new TableCount(table.GetTableName()!, await CountAsync(source, Delimit(source, table.GetTableName()!, table.GetSchema()), ct), await CountAsync(target, name, ct)));
        }
        counts.Add(new TableCount(SearchIndex.Table, await CountAsync(source, DelimitedSearchTable(source), ct), await CountAsync(target, searchTable, ct)));
        await sourceTransaction.CommitAsync(ct);
        return new TransferReport(counts);
    }

    /// <summary>Prints the counts as a table, one row per table with its verdict.</summary>
    public static void PrintCounts(TransferReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(FormattableString.Invariant($"{"table",-22} {"source",10} {"target",10}"));
        foreach (var count in report.Counts)
        {
            output.WriteLine(FormattableString.Invariant($"{count.Table,-22} {count.Source,10:N0} {count.Target,10:N0}  {(count.Equal ? "ok" : "MISMATCH")}"));
        }
    }

    private static async Task OpenAsync(NewsDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            // As the app's connections do: wait for locks rather than fail, and check every link as it is written.
            await using var command = sqlite.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The source must be at exactly the schema this build knows: an older one lacks columns, a newer one has rows we would drop.</summary>
    private static async Task CheckSourceSchemaAsync(NewsDbContext source, DatabaseEndpoint endpoint, CancellationToken ct)
    {
        var applied = (await source.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0)
        {
            throw new TransferException($"The source, {endpoint.Display}, has no NewsApi schema (no applied migrations).");
        }
        var pending = (await source.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            throw new TransferException($"The source, {endpoint.Display}, lacks migrations {string.Join(", ", pending)}: start the API on it once (it migrates at startup), then transfer.");
        }
        var unknown = applied.Except(source.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new TransferException($"The source, {endpoint.Display}, has migrations this build does not know ({string.Join(", ", unknown)}): use the transfer command of the same build as the API that wrote it.");
        }
    }

    private static async Task<IDbContextTransaction> BeginSnapshotAsync(NewsDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            // Deferred: a reader's snapshot, without the write lock that Microsoft.Data.Sqlite's default BEGIN IMMEDIATE would take.
            var transaction = sqlite.BeginTransaction(deferred: true);
            return await db.Database.UseTransactionAsync(transaction, ct) ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
        }
        return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
    }

    /// <summary>Every table of the model, each after the tables its foreign keys point to (self references are filled in afterwards).</summary>
    internal static List<IEntityType> TablesInInsertOrder(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < types.Count)
        {
            var next = types.FirstOrDefault(t => !placed.Contains(t)
                && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || placed.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle between tables; the transfer cannot order them.");
            ordered.Add(next);
            placed.Add(next);
        }
        return ordered;
    }

    private static string ColumnName(IEntityType table, IProperty property) =>
        table.GetTableMappings().Single().ColumnMappings.Single(c => c.Property == property).Column.Name;

    private static string Delimit(NewsDbContext db, string name, string? schema = null) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name, schema);

    private static string DelimitedSearchTable(NewsDbContext db) => Delimit(db, SearchIndex.Table);

    private static DbCommand Command(NewsDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static async Task<long> CountAsync(NewsDbContext db, string delimitedTable, CancellationToken ct)
    {
        await using var command = Command(db, $"SELECT count(*) FROM {delimitedTable}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<bool> IsEmptyAsync(NewsDbContext db, List<IEntityType> tables, string searchTable, CancellationToken ct)
    {
        foreach (var name in tables.Select(t => Delimit(db, t.GetTableName()!, t.GetSchema())).Append(searchTable))
        {
            await using var command = Command(db, $"SELECT 1 FROM {name} LIMIT 1");
            if (await command.ExecuteScalarAsync(ct) is not null)
            {
                return false;
            }
        }
        return true;
    }

    private static async Task EmptyAsync(NewsDbContext db, List<IEntityType> tables, string searchTable, CancellationToken ct)
    {
        var names = tables.Select(t => Delimit(db, t.GetTableName()!, t.GetSchema())).Reverse().Append(searchTable).ToList();
        if (db.Database.GetDbConnection() is SqliteConnection)
        {
            // Children first; a self-referencing table's links are cut before its rows go.
            foreach (var table in tables.AsEnumerable().Reverse())
            {
                foreach (var selfReference in table.GetForeignKeys().Where(fk => fk.PrincipalEntityType == table).SelectMany(fk => fk.Properties))
                {
                    await using var unlink = Command(db, $"UPDATE {Delimit(db, table.GetTableName()!, table.GetSchema())} SET {Delimit(db, ColumnName(table, selfReference))} = NULL");
                    await unlink.ExecuteNonQueryAsync(ct);
                }
            }
            foreach (var name in names)
            {
                await using var delete = Command(db, $"DELETE FROM {name}");
                await delete.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        await using var truncate = Command(db, $"TRUNCATE {string.Join(", ", names)} RESTART IDENTITY");
        await truncate.ExecuteNonQueryAsync(ct);
    }

    private static readonly MethodInfo CopyTableOfMethod = typeof(DatabaseTransfer).GetMethod(nameof(CopyTableOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<long> CopyTableAsync(NewsDbContext source, NewsDbContext target, IEntityType table, int batchSize, CancellationToken ct) =>
        (Task<long>)CopyTableOfMethod.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, table, batchSize, ct])!;

    /// <summary>Reads the source table in key order, a batch at a time (keyset paging: each batch starts after the last key read), and inserts each batch.</summary>
    private static async Task<long> CopyTableOfAsync<T>(NewsDbContext source, NewsDbContext target, IEntityType targetTable, int batchSize, CancellationToken ct)
        where T : class
    {
        var keys = source.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties;
        var writer = new TableWriter(target, targetTable);
        object?[]? last = null;
        long copied = 0;
        while (true)
        {
            var query = source.Set<T>().AsNoTracking();
            if (last is not null)
            {
                query = query.Where(After<T>(keys, last));
            }
            var batch = await OrderByKey(query, keys).Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            await writer.InsertAsync(batch, ct);
            copied += batch.Count;
            last = keys.Select(k => k.PropertyInfo!.GetValue(batch[^1])).ToArray();
            if (batch.Count < batchSize)
            {
                break;
            }
        }
        await writer.RestoreSelfReferencesAsync(ct);
        return copied;
    }

    private static IQueryable<T> OrderByKey<T>(IQueryable<T> query, IReadOnlyList<IProperty> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var row = Expression.Parameter(typeof(T), "row");
            var selector = Expression.Lambda(Expression.Property(row, keys[i].PropertyInfo!), row);
            expression = Expression.Call(typeof(Queryable), i == 0 ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy), [typeof(T), keys[i].ClrType], expression, Expression.Quote(selector));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// key &gt; last in key order: (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) ... The values sit in boxes so that EF Core sends them as
    /// parameters and compiles the query once, not once per batch.
    /// </summary>
    private static Expression<Func<T, bool>> After<T>(IReadOnlyList<IProperty> keys, object?[] last)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? condition = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var type = keys[i].ClrType;
            if (type != typeof(int) && type != typeof(long))
            {
                throw new NotSupportedException($"Key {keys[i].DeclaringType.DisplayName()}.{keys[i].Name} is {type.Name}; the transfer pages by integer keys only.");
            }
            var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), last[i])!;
            var value = Expression.Field(Expression.Constant(box), nameof(StrongBox<int>.Value));
            var column = Expression.Property(row, keys[i].PropertyInfo!);
            var greater = Expression.GreaterThan(column, value);
            var term = equalSoFar is null ? greater : Expression.AndAlso(equalSoFar, greater);
            condition = condition is null ? term : Expression.OrElse(condition, term);
            var equal = Expression.Equal(column, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(condition!, row);
    }

    /// <summary>The tables whose single integer key the database generates: those with a sequence (PostgreSQL) or AUTOINCREMENT counter (SQLite).</summary>
    private static IEnumerable<(IEntityType Table, string Name, string Column)> GeneratedKeys(NewsDbContext db, List<IEntityType> tables)
    {
        foreach (var table in tables)
        {
            if (table.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] && (id.ClrType == typeof(int) || id.ClrType == typeof(long)))
            {
                yield return (table, table.GetTableName()!, ColumnName(table, id));
            }
        }
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// The largest id each table's counter has handed out on the source, deleted rows included: a copy that restarted after the
    /// largest id still present would give a deleted resource's id (and its change-feed tombstone) to a new one.
    /// </summary>
    private static async Task<Dictionary<string, long>> ReadIdHighWaterMarksAsync(NewsDbContext db, List<IEntityType> tables, CancellationToken ct)
    {
        var marks = new Dictionary<string, long>(StringComparer.Ordinal);
        var sqlite = db.Database.GetDbConnection() is SqliteConnection;
        foreach (var (_, name, column) in GeneratedKeys(db, tables))
        {
            var sql = sqlite
                ? $"SELECT seq FROM sqlite_sequence WHERE name = {Literal(name)}"
                : $"SELECT s.last_value FROM pg_sequences AS s WHERE format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence({Literal(Delimit(db, name))}, {Literal(column)})";
            await using var command = Command(db, sql);
            var value = await command.ExecuteScalarAsync(ct);
            marks[name] = value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        return marks;
    }

    /// <summary>Makes each table's id counter continue after the source's high-water mark and the largest copied id, whichever is larger.</summary>
    private static async Task SetIdCountersAsync(NewsDbContext db, List<IEntityType> tables, Dictionary<string, long> marks, CancellationToken ct)
    {
        var sqlite = db.Database.GetDbConnection() is SqliteConnection;
        foreach (var (_, name, column) in GeneratedKeys(db, tables))
        {
            var mark = marks.GetValueOrDefault(name).ToString(CultureInfo.InvariantCulture);
            var table = Delimit(db, name);
            var copied = $"coalesce((SELECT max({Delimit(db, column)}) FROM {table}), 0)";
            var largest = sqlite ? $"max({mark}, {copied})" : $"greatest({mark}, {copied})";
            if (sqlite)
            {
                // SQLite keeps AUTOINCREMENT counters in sqlite_sequence; inserting explicit ids only raised them to the largest copied id.
                await using var update = Command(db, $"""
                    DELETE FROM sqlite_sequence WHERE name = {Literal(name)};
                    INSERT INTO sqlite_sequence(name, seq) SELECT {Literal(name)}, {largest} WHERE {largest} > 0;
                    """);
                await update.ExecuteNonQueryAsync(ct);
                continue;
            }
            await using var command = Command(db, $"SELECT setval(pg_get_serial_sequence({Literal(table)}, {Literal(column)}), {largest} + 1, false)");
            await command.ExecuteScalarAsync(ct);
        }
    }

    /// <summary>The search table is not in the EF model: each provider's own index is rebuilt from the copied rows through SearchIndex, as the app's writes do.</summary>
    private static async Task<long> RebuildSearchIndexAsync(NewsDbContext db, int batchSize, CancellationToken ct)
    {
        var ids = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await db.ReindexAsync(chunk, ct);
        }
        return ids.Count;
    }

    /// <summary>Multi-row INSERTs for one table, with parameters made by the target provider's own type mappings (and so its value converters).</summary>
    private sealed class TableWriter
    {
        private readonly NewsDbContext _db;
        private readonly string _table;
        private readonly List<IColumnMapping> _columns;
        private readonly IReadOnlyList<IProperty> _keys;
        private readonly HashSet<IProperty> _selfReferences;
        private readonly List<(object?[] Key, IProperty Property, object Value)> _deferred = [];
        private readonly int _rowsPerStatement;

        public TableWriter(NewsDbContext db, IEntityType entityType)
        {
            _db = db;
            _table = Delimit(db, entityType.GetTableName()!, entityType.GetSchema());
            var mapping = entityType.GetTableMappings().Single();
            _columns = [.. mapping.ColumnMappings];
            var shadow = _columns.FirstOrDefault(c => c.Property.PropertyInfo is null);
            if (shadow is not null)
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{shadow.Property.Name} is a shadow property; the transfer copies mapped CLR properties only.");
            }
            _keys = entityType.FindPrimaryKey()!.Properties;
            _selfReferences = [.. entityType.GetForeignKeys().Where(fk => fk.PrincipalEntityType == entityType).SelectMany(fk => fk.Properties)];
            var maxParameters = db.Database.GetDbConnection() is SqliteConnection ? SqliteMaxParameters : PostgresMaxParameters;
            _rowsPerStatement = Math.Max(1, maxParameters / _columns.Count);
        }

        public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
            where T : class
        {
            var columnList = string.Join(", ", _columns.Select(c => Delimit(_db, c.Column.Name)));
            foreach (var chunk in rows.Chunk(_rowsPerStatement))
            {
                await using var command = Command(_db, "");
                var sql = new StringBuilder($"INSERT INTO {_table} ({columnList}) VALUES ");
                var parameter = 0;
                for (var r = 0; r < chunk.Length; r++)
                {
                    sql.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < _columns.Count; c++)
                    {
                        var property = _columns[c].Property;
                        var value = property.PropertyInfo!.GetValue(chunk[r]);
                        if (value is not null && _selfReferences.Contains(property))
                        {
                            // Its row may come later in key order: written as NULL now, set once every row exists.
                            _deferred.Add((_keys.Select(k => k.PropertyInfo!.GetValue(chunk[r])).ToArray(), property, value));
                            value = null;
                        }
                        var name = "@p" + parameter.ToString(CultureInfo.InvariantCulture);
                        parameter++;
                        command.Parameters.Add(_columns[c].TypeMapping.CreateParameter(command, name, value, property.IsNullable));
                        sql.Append(c == 0 ? name : ", " + name);
                    }
                    sql.Append(')');
                }
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        public async Task RestoreSelfReferencesAsync(CancellationToken ct)
        {
            foreach (var (key, property, value) in _deferred)
            {
                var column = _columns.Single(c => c.Property == property);
                var where = string.Join(" AND ", _keys.Select((k, i) => $"{Delimit(_db, _columns.Single(c => c.Property == k).Column.Name)} = @k{i}"));
                await using var command = Command(_db, $"UPDATE {_table} SET {Delimit(_db, column.Column.Name)} = @v WHERE {where}");
                command.Parameters.Add(column.TypeMapping.CreateParameter(command, "@v", value, nullable: true));
                for (var i = 0; i < _keys.Count; i++)
                {
                    var keyColumn = _columns.Single(c => c.Property == _keys[i]);
                    command.Parameters.Add(keyColumn.TypeMapping.CreateParameter(command, "@k" + i.ToString(CultureInfo.InvariantCulture), key[i], nullable: false));
                }
                await command.ExecuteNonQueryAsync(ct);
            }
            _deferred.Clear();
        }
    }
}
