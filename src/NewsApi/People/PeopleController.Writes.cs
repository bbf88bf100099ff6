using NewsApi.Directories;

namespace NewsApi.People;

public sealed partial class PeopleController
{
    /// <summary>Copies the request's title, affiliation and aliases onto the row; a 400 when the affiliation does not exist.</summary>
    protected override async Task<ActionResult?> ApplyAsync(Person person, PersonRequest request, CancellationToken ct)
    {
        var (affiliationId, unknown) = await OrganizationNamedAsync(request.Affiliation, "affiliation", ct);
        if (unknown is not null)
        {
            return unknown;
        }
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        if (title != person.Title || affiliationId != person.AffiliationId)
        {
            // An editor's title stands until an article published after the edit gives another.
            person.TitleAsOf = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        }
        person.Title = title;
        person.AffiliationId = affiliationId;
        person.Aliases = DirectoryNames.CleanAliases(person.Name, request.Aliases);
        return null;
    }

    /// <summary>A forced delete: the person leaves their articles; their quotations keep the text with no speaker.</summary>
    protected override async Task UnlinkAsync(Person person, CancellationToken ct)
    {
        await Db.ArticlePeople.Where(l => l.PersonId == person.Id).ExecuteDeleteAsync(ct);
        await Db.Quotes.Where(q => q.SpeakerId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, (int?)null), ct);
    }

    /// <summary>
    /// A merge: article links move to the survivor (roles combined and mention counts added where both appear in one
    /// article), so do quotations; title and affiliation fill the survivor's gaps.
    /// </summary>
    protected override async Task AbsorbAsync(Person merged, Person survivor, CancellationToken ct)
    {
        await MoveLinksAsync(
            l => l.PersonId == merged.Id || l.PersonId == survivor.Id, l => l.PersonId, survivor.Id,
            (kept, link) =>
            {
                kept.Roles |= link.Roles;
                kept.MentionCount += link.MentionCount;
                kept.Title ??= link.Title;
                kept.Contribution ??= link.Contribution;
            },
            link => new ArticlePerson
            {
                ArticleId = link.ArticleId,
                PersonId = survivor.Id,
                Roles = link.Roles,
                Title = link.Title,
                MentionCount = link.MentionCount,
                Contribution = link.Contribution,
            },
            ct);
        await Db.Quotes.Where(q => q.SpeakerId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, (int?)survivor.Id), ct);

        if (survivor.Title is null && merged.Title is not null)
        {
            survivor.Title = merged.Title;
            survivor.TitleAsOf = merged.TitleAsOf;
        }
        survivor.AffiliationId ??= merged.AffiliationId;
    }
}
