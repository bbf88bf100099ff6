namespace NewsApi.Infrastructure;

/// <summary>How the app notices edits of its configuration files (API keys, caching and limits reload without a restart).</summary>
/// <remarks>
/// By default .NET watches the whole content root, recursively, with inotify; the SQLite database lies under it by default
/// (<c>&lt;app folder&gt;/data/news.db</c>, <c>/app/data</c> in the container), so every page the database and its WAL wrote
/// woke the watcher's thread: about 2 % of a seeding's CPU (bench/README.md, session 22). Polling the few watched files
/// every four seconds costs next to nothing and still reloads them.
/// </remarks>
internal static class ConfigurationFileWatching
{
    public const string PollingVariable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>Before the host is built: the file providers read the variable when they are made.</summary>
    public static void PollUnlessConfigured()
    {
        // An operator's own choice, either way, stands.
        if (Environment.GetEnvironmentVariable(PollingVariable) is null)
        {
            Environment.SetEnvironmentVariable(PollingVariable, "true");
        }
    }
}
