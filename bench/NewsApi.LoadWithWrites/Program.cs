using NewsApi.LoadWithWrites;

// Usage:
//   NewsApi.LoadWithWrites run --base-url URL --key EDITOR_KEY --ingest FOLDER [--duration 60] [--workers 64] [--write-share 0.2] [--seed N] [--acks FILE]
//   NewsApi.LoadWithWrites verify --base-url URL --key EDITOR_KEY --acks FILE
// run: DURATION seconds of mixed reads and writes, then reads back every acknowledged write; verify: the read-back alone, from
// the file run saved (after a restart of the API). Exit code 0 when every answer was expected and every write is stored as
// acknowledged, 1 otherwise, 2 on bad usage.
var options = LoadOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(LoadOptions.Usage);
    return 2;
}

using var http = ApiClient.Create(options);
if (options.Command == LoadCommand.Verify)
{
    var saved = await Acknowledgements.LoadAsync(options.AcksFile!);
    var failures = await new WriteVerifier(http, options.Key).VerifyAsync(saved, Console.Out);
    Console.WriteLine($"RESULT-VERIFY {failures}");
    return failures == 0 ? 0 : 1;
}

var run = new LoadRun(http, options);
var summary = await run.RunAsync();
summary.Print(Console.Out);
if (options.AcksFile is not null)
{
    await run.Acknowledged.SaveAsync(options.AcksFile);
}
var verifyFailures = await new WriteVerifier(http, options.Key).VerifyAsync(run.Acknowledged, Console.Out);
summary.PrintResultLine(Console.Out, verifyFailures);
return summary.Errors == 0 && verifyFailures == 0 ? 0 : 1;
