using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using NewsApi.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace NewsApi.Migrations.Postgres;

/// <summary>
/// NewsDbContext on PostgreSQL with SQLite's comparison and ordering rules, for the app and for dotnet-ef alike (so that
/// the migrations describe exactly the model the app runs): text in the "C" collation, NULLs smallest in every ORDER BY
/// and in the indexes of nullable columns.
/// </summary>
public static class PostgresNewsOptions
{
    /// <summary>PostgreSQL's "C" collation: text compares and sorts by code point, as SQLite's BINARY does.</summary>
    public const string BinaryCollation = "C";

    public static DbContextOptionsBuilder UseNewsPostgres(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Given a connection string, the Npgsql provider builds and caches one NpgsqlDataSource (the pool) for it.
        return builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresNewsOptions).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, PostgresModelCustomizer>()
            .ReplaceService<IQuerySqlGeneratorFactory, NullsFirstQuerySqlGeneratorFactory>();
    }
}

/// <summary>
/// The PostgreSQL-only parts of the model. Every text column (lists of text included) gets the "C" collation, so that
/// ordering, equality and LIKE give SQLite's answers whatever the database's locale. An index sorts a nullable column's NULLs
/// first, as the queries do (<see cref="NullsFirstQuerySqlGenerator"/>), so that an ORDER BY on it still reads the index in order.
/// </summary>
public sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.Customize(modelBuilder, context);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                if (property.ClrType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(property.ClrType))
                {
                    property.SetCollation(PostgresNewsOptions.BinaryCollation);
                }
            }
            foreach (var index in entityType.GetIndexes())
            {
                if (index.Properties.Any(p => p.IsNullable))
                {
                    index.SetNullSortOrder(index.Properties.Select(p => p.IsNullable ? NullSortOrder.NullsFirst : NullSortOrder.Unspecified).ToArray());
                }
            }
        }
    }
}

/// <summary>
/// ORDER BY a nullable value with NULLS FIRST ascending and NULLS LAST descending: NULL is the smallest value, as in SQLite
/// (and .NET), where PostgreSQL takes it for the largest. A column that cannot be NULL keeps the plain clause, so that primary
/// keys and the indexes of required columns still serve ORDER BY in both directions.
/// </summary>
#pragma warning disable EF1001 // Npgsql's generator and options are internal API; pinned by the exact package version.
internal sealed class NullsFirstQuerySqlGenerator(QuerySqlGeneratorDependencies dependencies, IRelationalTypeMappingSource typeMappingSource, Version? postgresVersion)
    : NpgsqlQuerySqlGenerator(dependencies, typeMappingSource, reverseNullOrderingEnabled: false, postgresVersion!)
{
    protected override Expression VisitOrdering(OrderingExpression ordering)
    {
        var result = base.VisitOrdering(ordering);
        if (ordering.Expression is not ColumnExpression { IsNullable: false } and not SqlConstantExpression)
        {
            Sql.Append(ordering.IsAscending ? " NULLS FIRST" : " NULLS LAST");
        }
        return result;
    }
}

internal sealed class NullsFirstQuerySqlGeneratorFactory(
    QuerySqlGeneratorDependencies dependencies,
    IRelationalTypeMappingSource typeMappingSource,
    INpgsqlSingletonOptions options) : IQuerySqlGeneratorFactory
{
    public QuerySqlGenerator Create() => new NullsFirstQuerySqlGenerator(dependencies, typeMappingSource, options.PostgresVersion);
}
#pragma warning restore EF1001
