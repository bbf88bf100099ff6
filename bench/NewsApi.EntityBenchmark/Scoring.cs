namespace NewsApi.EntityBenchmark;

/// <summary>A name the parser returned, with the aliases it gave (used only where the gold side has aliases too).</summary>
internal sealed record Predicted(string Name, IReadOnlyList<string> Aliases);

/// <summary>A name that must be found (<see cref="Required"/>) or may be found without penalty.</summary>
internal sealed record GoldName(string Name, IReadOnlyList<string> Aliases, bool Required);

/// <summary>Counts over any number of documents; precision and recall count separately so that a match need not be one-to-one.</summary>
internal sealed class Tally
{
    public int Gold { get; set; }
    public int GoldFound { get; set; }
    public int Predicted { get; set; }
    public int PredictedRight { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)PredictedRight / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(Tally other)
    {
        Gold += other.Gold;
        GoldFound += other.GoldFound;
        Predicted += other.Predicted;
        PredictedRight += other.PredictedRight;
    }
}

/// <summary>A false positive or a false negative, with the name it would match under the lenient rule, if any.</summary>
internal sealed record Miss(EntityType Type, bool FalsePositive, string Name, string? LenientCounterpart);

/// <summary>One type in one document, strictly and leniently.</summary>
internal sealed record TypeScore(Tally Strict, Tally Lenient, IReadOnlyList<Miss> Misses);

internal static class Scorer
{
    /// <summary>
    /// Scores one type of one document. A predicted name is right when it matches a required gold name, does not count
    /// when it matches only an optional one, and is a false positive otherwise; a required gold name is found when any
    /// predicted name matches it. Strict matching compares keys (<see cref="Names.Key"/>) of the names and, where
    /// <paramref name="useAliases"/> is set, their aliases; lenient matching uses <see cref="Names.LenientMatch"/>.
    /// </summary>
    public static TypeScore Score(EntityType type, IReadOnlyList<GoldName> gold, IReadOnlyList<Predicted> predicted, bool useAliases)
    {
        var goldKeys = gold.Select(g => KeysOf(g.Name, g.Aliases, useAliases)).ToList();
        // The parser's answer is a set of names: the same name twice is one prediction.
        var predictedKeys = predicted
            .GroupBy(p => Names.Key(p.Name))
            .Where(g => g.Key.Length > 0)
            .Select(g => (Name: g.First().Name, Keys: KeysOf(g.First().Name, g.SelectMany(p => p.Aliases).ToList(), useAliases)))
            .ToList();
        var stripTitles = type == EntityType.Person;

        bool Strict(string[] a, string[] b) => a.Intersect(b, StringComparer.Ordinal).Any();
        bool Lenient(string[] a, string[] b) => a.Any(x => b.Any(y => Names.LenientMatch(x, y, stripTitles)));

        Tally Count(Func<string[], string[], bool> match)
        {
            var tally = new Tally();
            for (var g = 0; g < gold.Count; g++)
            {
                if (gold[g].Required)
                {
                    tally.Gold++;
                    tally.GoldFound += predictedKeys.Any(p => match(p.Keys, goldKeys[g])) ? 1 : 0;
                }
            }
            foreach (var p in predictedKeys)
            {
                var right = gold.Where((g, i) => g.Required && match(p.Keys, goldKeys[i])).Any();
                var optional = !right && gold.Where((g, i) => !g.Required && match(p.Keys, goldKeys[i])).Any();
                tally.Predicted += optional ? 0 : 1;
                tally.PredictedRight += right ? 1 : 0;
            }
            return tally;
        }

        var misses = new List<Miss>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (gold[g].Required && !predictedKeys.Any(p => Strict(p.Keys, goldKeys[g])))
            {
                var counterpart = predictedKeys.FirstOrDefault(p => Lenient(p.Keys, goldKeys[g])).Name;
                misses.Add(new Miss(type, false, gold[g].Name, counterpart));
            }
        }
        foreach (var p in predictedKeys)
        {
            if (!gold.Where((_, i) => Strict(p.Keys, goldKeys[i])).Any())
            {
                var counterpart = gold.Where((_, i) => Lenient(p.Keys, goldKeys[i])).Select(g => g.Name).FirstOrDefault();
                misses.Add(new Miss(type, true, p.Name, counterpart));
            }
        }
        return new TypeScore(Count(Strict), Count(Lenient), misses);
    }

    private static string[] KeysOf(string name, IReadOnlyList<string> aliases, bool useAliases) =>
        (useAliases ? aliases.Prepend(name) : [name]).Select(Names.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
