using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// Counts the commands EF Core sends that read data while serving a request, between <see cref="Start"/> and <see cref="Stop"/>.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    // The search index polls its log once a second from a background service; a poll that fell inside a measured request
    // made a count one too high now and then. Only a request has an HttpContext (the host sets it when an accessor is
    // registered, and every accessor reads the same async-local slot).
    private readonly HttpContextAccessor _requests = new();
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
        if (_counting && _requests.HttpContext is not null)
        {
            Interlocked.Increment(ref _count);
        }
    }
}
