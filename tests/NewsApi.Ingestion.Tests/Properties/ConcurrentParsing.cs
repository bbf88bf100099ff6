namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>The parser holds no shared state: the same inputs parsed on four threads at once give what one thread gives.</summary>
internal static class ConcurrentParsing
{
    private const int Threads = 4;

    public static void AssertSameOnFourThreads(string[] inputs, Func<string, string> snapshot)
    {
        var expected = inputs.Select(snapshot).ToArray();

        var actual = new string[Threads][];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            // Each thread walks the inputs from a different place, so different inputs are parsed side by side.
            actual[thread] = new string[inputs.Length];
            for (var k = 0; k < inputs.Length; k++)
            {
                var index = (k + thread * inputs.Length / Threads) % inputs.Length;
                actual[thread][index] = snapshot(inputs[index]);
            }
        });

        for (var thread = 0; thread < Threads; thread++)
        {
            for (var index = 0; index < inputs.Length; index++)
            {
                Assert.True(expected[index] == actual[thread][index], $"input {index} parsed on thread {thread} differs");
            }
        }
    }
}
