using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsApi.Tests.Fuzzing;

/// <summary>Keeps the last exceptions the app logged, so that a 500 found by the fuzzer is reported with its cause.</summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>The exceptions logged since the last call, oldest first.</summary>
    public IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            drained.Add(error);
        }
        return drained;
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is null || logLevel < LogLevel.Error)
            {
                return;
            }
            // The first frames say where; the whole trace would drown the request and response in the report.
            var lines = exception.ToString().Split('\n').Take(12);
            log._errors.Enqueue(string.Join('\n', lines));
            while (log._errors.Count > 20 && log._errors.TryDequeue(out _))
            {
            }
        }
    }
}
