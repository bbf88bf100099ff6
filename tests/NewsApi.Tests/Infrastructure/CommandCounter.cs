using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsApi.Tests.Infrastructure;

/// <summary>Counts the commands EF Core sends that read data, between <see cref="Start"/> and <see cref="Stop"/>.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private volatile bool _counting;

    public int Count => Volatile.Read(ref _count);

    public void Start()
    {
        Interlocked.Exchange(ref _count, 0);
        _counting = true;
    }

    public int Stop()
    {
        _counting = false;
        return Count;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record();
        return base.ScalarExecuting(command, eventData, result);
    }

    private void Record()
    {
        if (_counting)
        {
            Interlocked.Increment(ref _count);
        }
    }
}
