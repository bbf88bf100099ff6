namespace NewsApi.Ingestion.Tests.Scoring;

/// <summary>Everything that differs between one parse and its golden file, plus the entity scores the README defines.</summary>
public sealed record GoldenComparison(
    IReadOnlyList<string> Mismatches,
    EntityScore People,
    EntityScore Organizations,
    EntityScore Places,
    QuoteScore Quotes)
{
    public bool IsPerfect => Mismatches.Count == 0;
}

/// <summary>Recall over the required list; precision over everything found, where only names in neither list count against it.</summary>
public sealed record EntityScore(int Required, int RequiredFound, int Found, int FalsePositives)
{
    public static EntityScore Empty { get; } = new(0, 0, 0, 0);

    public double Recall => Required == 0 ? 1 : (double)RequiredFound / Required;
    public double Precision => Found == 0 ? 1 : (double)(Found - FalsePositives) / Found;

    public EntityScore Add(EntityScore other) => new(
        Required + other.Required,
        RequiredFound + other.RequiredFound,
        Found + other.Found,
        FalsePositives + other.FalsePositives);
}

/// <summary>The share of golden quotes found with the right speaker.</summary>
public sealed record QuoteScore(int Expected, int Matched)
{
    public static QuoteScore Empty { get; } = new(0, 0);

    public double Accuracy => Expected == 0 ? 1 : (double)Matched / Expected;

    public QuoteScore Add(QuoteScore other) => new(Expected + other.Expected, Matched + other.Matched);
}
