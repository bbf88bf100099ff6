using System.Data.Common;
using System.Globalization;

namespace NewsApi.Transfer;

/// <summary>
/// <c>NewsApi.Transfer --from sqlite:data/news.db --to 'postgres:Host=...;Database=news;Username=news;Password=...' [--force] [--batch-size N]</c>.
/// Exit codes: 0 copied and every count equal, 1 a count differs, 2 bad arguments or a transfer that cannot start, 3 the target
/// holds rows (and no --force), 4 a database error.
/// </summary>
public static class TransferProgram
{
    public const int Success = 0;
    public const int CountMismatch = 1;
    public const int Usage = 2;
    public const int TargetNotEmpty = 3;
    public const int DatabaseError = 4;

    private const string UsageText = """
        usage: NewsApi.Transfer --from <side> --to <side> [--force] [--batch-size N]
          side: sqlite:<file>  |  sqlite:<SQLite connection string>  |  postgres:<PostgreSQL connection string with Host and Database>
          Copies every table (ids kept) into the target in one transaction, after migrating it; rebuilds the target's search
          index, then counts every table on both sides. A target that already holds rows is refused unless --force empties it.
        """;

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        TransferOptions options;
        try
        {
            options = ParseArguments(args);
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync(exception.Message);
            await error.WriteLineAsync(UsageText);
            return Usage;
        }

        try
        {
            var report = await DatabaseTransfer.RunAsync(options, output, ct);
            output.WriteLine();
            DatabaseTransfer.PrintCounts(report, output);
            if (!report.CountsMatch)
            {
                await error.WriteLineAsync("Counts differ between the source and the target: see MISMATCH above.");
                return CountMismatch;
            }
            output.WriteLine("Every count matches.");
            return Success;
        }
        catch (TargetNotEmptyException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return TargetNotEmpty;
        }
        catch (TransferException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return Usage;
        }
        catch (DbException exception)
        {
            await error.WriteLineAsync($"Database error, nothing committed on the target: {exception.Message}");
            return DatabaseError;
        }
    }

    internal static TransferOptions ParseArguments(string[] args)
    {
        DatabaseEndpoint? from = null;
        DatabaseEndpoint? to = null;
        var force = false;
        var batchSize = 1000;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--from":
                    from = DatabaseEndpoint.Parse(Value(args, ref i));
                    break;
                case "--to":
                    to = DatabaseEndpoint.Parse(Value(args, ref i));
                    break;
                case "--force":
                    force = true;
                    break;
                case "--batch-size":
                    if (!int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out batchSize) || batchSize < 1)
                    {
                        throw new FormatException("--batch-size takes a whole number of at least 1.");
                    }
                    break;
                default:
                    throw new FormatException($"Unknown argument '{args[i]}'.");
            }
        }
        return new TransferOptions(
            from ?? throw new FormatException("--from is required."),
            to ?? throw new FormatException("--to is required."),
            force,
            batchSize);
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new FormatException($"{args[i]} needs a value.");
        }
        i++;
        return args[i];
    }
}
