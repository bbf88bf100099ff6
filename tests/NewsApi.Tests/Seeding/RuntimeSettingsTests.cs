using System.Text.Json;

namespace NewsApi.Tests.Seeding;

/// <summary>The runtime settings the built API starts with (its runtimeconfig.json), which the in-process test host does not use.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void BuiltApiTiersUpAfterAThousandCallsNotThirty()
    {
        var threshold = BuiltApiSetting("System.Runtime.TieredCompilation.CallCountThreshold",
            "seeding's JIT cost depends on this setting (bench/README.md, session 19)");

        Assert.Equal(1000, threshold);
    }

    [Fact]
    public void BuiltApiCountsCallsFromTheStartWithoutADelay()
    {
        var delay = BuiltApiSetting("System.Runtime.TieredCompilation.CallCountingDelayMs",
            "a seeding keeps renewing the default 100 ms delay and parses unoptimized meanwhile (bench/README.md, session 21)");

        Assert.Equal(0, delay);
    }

    [Fact]
    public void BuiltApiCompilesMethodsWithLoopsOptimizedAtOnce()
    {
        var quickJitForLoops = BuiltApiValue("System.Runtime.TieredCompilation.QuickJitForLoops",
            "the parser's and EF Core's methods with loops ran instrumented tier-0 code for the first thousands of documents (bench/README.md, session 23)");

        Assert.Equal(JsonValueKind.False, quickJitForLoops.ValueKind);
    }

    [Fact]
    public void BuiltApiRunsServerGcWithoutTheBackgroundThread()
    {
        var server = BuiltApiValue("System.GC.Server", "every seeding and read figure was measured with server GC (bench/README.md, session 24)");
        var concurrent = BuiltApiValue("System.GC.Concurrent", "no background GC thread beside the parser and the writer on two cores");

        Assert.Equal(JsonValueKind.True, server.ValueKind);
        Assert.Equal(JsonValueKind.False, concurrent.ValueKind);
    }

    private static int BuiltApiSetting(string name, string why) => BuiltApiValue(name, why).GetInt32();

    private static JsonElement BuiltApiValue(string name, string why)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "NewsApi.runtimeconfig.json");
        Assert.True(File.Exists(path), $"the built API's runtime settings should be beside the tests: {path}");

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(name, out var value), why);
        return value.Clone();
    }
}
