namespace NewsApi.Ingest;

/// <summary>
/// The link and child rows of the articles an upsert writes: people, organizations and tags linked, quotes, images and related
/// headlines. They stay out of the change tracker (EF's change detection and command batching for ~30 of them per document
/// was most of the writer's time) and are written by <see cref="BulkRowWriter"/> once the articles, people, organizations
/// and tags they point at have been saved and have ids. Each row holds its article and target by navigation until then.
/// </summary>
internal sealed class ArticleRows
{
    public List<ArticlePerson> People { get; } = [];

    public List<ArticleOrganization> Organizations { get; } = [];

    public List<ArticleTag> Tags { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Image> Images { get; } = [];

    public List<RelatedHeadline> RelatedHeadlines { get; } = [];

    /// <summary>Inserts every row, in the order they were added, in the context's current transaction.</summary>
    public async Task WriteAsync(NewsDbContext db, CancellationToken ct)
    {
        // The navigations were enough while the ids did not exist; the INSERTs need the key values.
        foreach (var link in People)
        {
            (link.ArticleId, link.PersonId) = (Saved(link.Article.Id), Saved(link.Person.Id));
        }
        foreach (var link in Organizations)
        {
            (link.ArticleId, link.OrganizationId) = (Saved(link.Article.Id), Saved(link.Organization.Id));
        }
        foreach (var link in Tags)
        {
            (link.ArticleId, link.TagId) = (Saved(link.Article.Id), Saved(link.Tag.Id));
        }
        foreach (var quote in Quotes)
        {
            (quote.ArticleId, quote.SpeakerId) = (Saved(quote.Article.Id), quote.Speaker is null ? null : Saved(quote.Speaker.Id));
        }
        foreach (var image in Images)
        {
            image.ArticleId = Saved(image.Article.Id);
        }
        foreach (var related in RelatedHeadlines)
        {
            related.ArticleId = Saved(related.Article.Id);
        }

        var writer = new BulkRowWriter(db);
        await writer.InsertAsync(People, ct);
        await writer.InsertAsync(Organizations, ct);
        await writer.InsertAsync(Tags, ct);
        await writer.InsertAsync(Quotes, ct);
        await writer.InsertAsync(Images, ct);
        await writer.InsertAsync(RelatedHeadlines, ct);
    }

    private static int Saved(int id) =>
        id > 0 ? id : throw new InvalidOperationException("A row points at an article, person, organization or tag that was not saved.");
}
