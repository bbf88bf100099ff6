using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Fuzzing;

/// <summary>
/// Every row of every table the model maps, shadow properties included, reduced to a count and a SHA-256 per table.
/// Read through EF Core only, so the same snapshot works on any provider.
/// </summary>
public sealed record StoredState(IReadOnlyDictionary<string, (int Rows, string Sha256)> Tables)
{
    private static readonly MethodInfo RowsMethod = typeof(StoredState).GetMethod(nameof(RowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CountMethod = typeof(StoredState).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<StoredState> CaptureAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var tables = new SortedDictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var entityType in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)))
        {
            var rows = await (Task<List<string>>)RowsMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [db, entityType])!;
            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)));
            tables[entityType.ShortName()] = (rows.Count, Convert.ToHexStringLower(hash)[..16]);
        }
        return new StoredState(tables);
    }

    /// <summary>
    /// A cheap stand-in for a full capture between requests that must not write: the row count of every table and the
    /// newest change-feed sequence, which every write the API accepts advances in the same transaction.
    /// </summary>
    public static async Task<string> FingerprintAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var parts = new List<string>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>)))
        {
            var count = await (Task<int>)CountMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [db])!;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{entityType.ShortName()} {count}"));
        }
        var sequence = await db.Changes.MaxAsync(c => (long?)c.Id);
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"change {sequence}"));
        return string.Join(", ", parts);
    }

    /// <summary>The tables whose rows differ, for a failure message.</summary>
    public string DifferencesFrom(StoredState before) =>
        string.Join(", ", Tables
            .Where(t => !before.Tables.TryGetValue(t.Key, out var old) || old != t.Value)
            .Select(t => before.Tables.TryGetValue(t.Key, out var old)
                ? $"{t.Key}: {old.Rows} rows {old.Sha256} -> {t.Value.Rows} rows {t.Value.Sha256}"
                : $"{t.Key}: new"));

    public bool SameAs(StoredState other) =>
        Tables.Count == other.Tables.Count && Tables.All(t => other.Tables.TryGetValue(t.Key, out var o) && o == t.Value);

    public override string ToString() => string.Join(", ", Tables.Select(t => $"{t.Key} {t.Value.Rows}"));

    private static Task<int> CountAsync<T>(NewsDbContext db)
        where T : class => db.Set<T>().CountAsync();

    private static async Task<List<string>> RowsAsync<T>(NewsDbContext db, IEntityType entityType)
        where T : class
    {
        var properties = entityType.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (properties.Any(p => p.IsShadowProperty()))
        {
            // Tracked, so that shadow properties (foreign keys the CLR type does not carry) can be read through the entry.
            var tracked = await db.Set<T>().ToListAsync();
            var rows = tracked.Select(entity => string.Join('|', properties.Select(p => Format(db.Entry(entity).Property(p.Name).CurrentValue)))).ToList();
            db.ChangeTracker.Clear();
            return rows;
        }
        var getters = properties.Select(p => p.GetGetter()).ToList();
        var entities = await db.Set<T>().AsNoTracking().ToListAsync();
        return entities.Select(entity => string.Join('|', getters.Select(g => Format(g.GetClrValue(entity))))).ToList();
    }

    private static string Format(object? value) => value switch
    {
        null => "\u2205",
        DateTimeOffset at => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) ?? "",
    };
}
