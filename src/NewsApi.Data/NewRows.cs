using NewsApi.Data.Entities;

namespace NewsApi.Data;

/// <summary>
/// The articles, people, organizations and tags a batch upsert creates, kept out of the change tracker and inserted by
/// <see cref="NewsDbContext.SaveChangesInBulkAsync"/>: EF's Add (graph walk, original-value snapshots, temporary keys), its
/// DetectChanges over them and the state changes after their insert were a third of the writer's time, for rows that EF
/// never has to compare or update. Rows that point at them hold them by navigation until they have keys.
/// </summary>
public sealed class NewRows
{
    private readonly HashSet<object> _all = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every new row in the order it was created: the order of their change-feed entries.</summary>
    public List<object> InOrder { get; } = [];

    public List<Tag> Tags { get; } = [];

    public List<Organization> Organizations { get; } = [];

    public List<Person> People { get; } = [];

    public List<Article> Articles { get; } = [];

    public int Count => InOrder.Count;

    public void Add(Tag tag) => Add(tag, Tags);

    public void Add(Organization organization) => Add(organization, Organizations);

    public void Add(Person person) => Add(person, People);

    public void Add(Article article) => Add(article, Articles);

    /// <summary>Whether the row is one of these, not (yet) stored.</summary>
    public bool Contains(object row) => _all.Contains(row);

    private void Add<T>(T row, List<T> list)
        where T : class
    {
        if (!_all.Add(row))
        {
            throw new InvalidOperationException($"The new {typeof(T).Name} was added twice.");
        }
        list.Add(row);
        InOrder.Add(row);
    }
}
