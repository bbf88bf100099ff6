namespace NewsApi.Ingestion.Layout;

/// <summary>The writer's name under a byline's label on a line of its own.</summary>
internal static partial class HeadlineLines
{
    /// <summary>"By" or "By:" alone on its line: the byline's label, with the writer's name on the next line.</summary>
    internal static bool IsBylineLabel(string line) => line.Trim() is "By" or "by" or "BY" or "By:" or "by:" or "BY:";
}
