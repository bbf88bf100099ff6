using NewsApi.Directories;

namespace NewsApi.Tags;

public sealed partial class TagsController
{
    /// <summary>A tag's one field besides its name.</summary>
    protected override Task<ActionResult?> ApplyAsync(Tag tag, TagRequest request, CancellationToken ct)
    {
        tag.Kind = request.Kind;
        return Task.FromResult<ActionResult?>(null);
    }

    /// <summary>A forced delete: the tag leaves its articles.</summary>
    protected override async Task UnlinkAsync(Tag tag, CancellationToken ct) =>
        await Db.ArticleTags.Where(l => l.TagId == tag.Id).ExecuteDeleteAsync(ct);
}
