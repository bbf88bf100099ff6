using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

public static partial class LayoutParser
{
    /// <summary>What the zones have found so far; <see cref="Build"/> settles headline, lead and dateline.</summary>
    private sealed class PageBuilder
    {
        private PageDate? headDate;
        private PageDate? headUpdate;
        private PageDate? bodyDate;

        public bool HasDate => headDate is not null || headUpdate is not null;

        public bool HasBodyDate => bodyDate is not null;

        public string? Headline { get; set; }
        public string? Section { get; set; }
        public string? Standfirst { get; set; }
        public List<BylineAuthor> Byline { get; } = [];

        /// <summary>The byline is a bare name line ("QNews Tropical North") that a "By" line under it would correct.</summary>
        public bool BylineIsBareName { get; set; }
        public List<ContributorDraft> Contributors { get; } = [];

        public List<string> CreditPlaces { get; } = [];
        public List<string> Body { get; } = [];
        public List<ImageDraft> Images { get; } = [];
        public List<string> Related { get; } = [];
        public List<string> Tags { get; } = [];

        /// <summary>"NEW YORK" of a "NEW YORK 1996-12-06" line: the words a date line opens with, a dateline when no other is found.</summary>
        public string? DateLinePrefix { get; set; }

        public void AddDate(PageDate date, bool inHead)
        {
            if (!inHead)
            {
                bodyDate ??= date;
            }
            else if (date.IsUpdate)
            {
                headUpdate ??= date;
            }
            else if (headDate is { DateOnly: true } dayOnly && !date.DateOnly && IsSameLocalDay(dayOnly, date))
            {
                // A masthead's "Monday, 1 December 2025" over the byline's "Published: 01/12/2025 11:45 AM": the same day, told to the minute.
                headDate = date;
            }
            else
            {
                headDate ??= date;
            }
        }

        /// <summary>
        /// Whether a time, converted to UTC, can fall on a day that a date alone names (stored as its UTC midnight): zones run
        /// from 12 hours behind UTC to 14 ahead.
        /// </summary>
        private static bool IsSameLocalDay(PageDate dayOnly, PageDate timed)
        {
            var hours = (timed.Instant - dayOnly.Instant).TotalHours;
            return hours is >= -14 and < 36;
        }

        public void AddAuthors(IReadOnlyList<BylineAuthor> authors)
        {
            foreach (var written in authors)
            {
                var author = written.WithoutHonorific();
                if (!Byline.Exists(a => string.Equals(a.Name, author.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    Byline.Add(author);
                }
            }
        }

        public DocumentLayout Build()
        {
            // A live blog signs each entry with its reporter's name on a line of its own: the byline's, not the story's text.
            if (Byline.Count > 0)
            {
                Body.RemoveAll(line => Byline.Exists(author => string.Equals(author.Name, line.Trim(), StringComparison.OrdinalIgnoreCase)));
                // "Maren Tveitane is the Fjord Courier's local government reporter. Reach her at ...": the note on the author under the story.
                for (var i = Body.Count - 1; i >= Math.Max(1, Body.Count - MaxAuthorNoteParagraphs); i--)
                {
                    if (IsAuthorNote(Body[i]))
                    {
                        Body.RemoveAt(i);
                    }
                }
            }
            string? datelineCity = null;
            string? datelinePlace = null;
            string? source = null;
            if (Body.Count > 0 && DatelineParser.TryParse(Body[0], out var dateline))
            {
                datelineCity = dateline.City.Length > 0 ? dateline.City : null;
                datelinePlace = datelineCity is null ? null : dateline.Place;
                source = dateline.Agency;
                Body[0] = Body[0][dateline.Length..].TrimStart();
            }
            else if (Body.Count > 1 && Body[0].Length <= 80 && DatelineParser.TryParse(Body[0] + " " + Body[1], out dateline) && dateline.Length >= Body[0].Length)
            {
                // "CHISINAU (Sputnik) -" alone on the line above the lead.
                datelineCity = dateline.City.Length > 0 ? dateline.City : null;
                datelinePlace = datelineCity is null ? null : dateline.Place;
                source = dateline.Agency;
                Body.RemoveAt(0);
            }
            else if (Body.Count > 1 && LayoutText.CountWords(Body[0]) <= MaxWordsOverDateline && DatelineParser.TryParse(Body[1], out dateline)
                && dateline.City.Length > 0 && !DatelineParser.TryParse(Body[0], out _))
            {
                // A photo's caption the page left without its credit's mark stands over "DULUTH, Minn. — ...": the dateline
                // still says where the story was filed. The paragraph keeps it, as a lead under a standfirst the page did not
                // mark would (the benchmarks' truths keep such datelines).
                datelineCity = dateline.City;
                datelinePlace = dateline.Place;
                source = dateline.Agency;
            }

            if (datelineCity is null && DateLinePrefix is not null)
            {
                datelinePlace = DateLinePrefix;
            }

            var headlineDerived = Headline is null;
            var headline = (Headline is null ? null : HeadlineLines.WithoutTitleLabelOrDate(HeadlineLines.WithoutCommentCount(Headline)))
                ?? (Body.Count > 0 ? HeadlineDeriver.Derive(Body[0]) : Standfirst is not null ? HeadlineDeriver.Derive(Standfirst) : "");

            var date = headDate ?? headUpdate ?? bodyDate;
            return new DocumentLayout
            {
                Headline = headline,
                HeadlineDerived = headlineDerived,
                Standfirst = Standfirst,
                Section = Section,
                PublishedAt = date?.Instant,
                PublishedDateOnly = date?.DateOnly ?? false,
                Source = source,
                Dateline = datelineCity,
                DatelinePlace = datelinePlace,
                Byline = Byline,
                Contributors = DistinctContributors(),
                CreditPlaces = CreditPlaces.Distinct(StringComparer.Ordinal).ToArray(),
                Body = Body,
                Images = Images,
                Related = Related.Distinct(StringComparer.Ordinal).ToArray(),
                Tags = Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            };
        }

        // An author's note is the story's last paragraph, or stands among the last few (a disclosure, a contact line).
        // A caption is a sentence or two; a lead of its own over the dateline would be longer.
        private const int MaxWordsOverDateline = 40;
        private const int MaxAuthorNoteParagraphs = 3;
        private const int MaxAuthorNoteWords = 70;

        /// <summary>A short paragraph that opens with a byline author's name, or their given name, and says what they do.</summary>
        private bool IsAuthorNote(string paragraph)
        {
            if (LayoutText.CountWords(paragraph) > MaxAuthorNoteWords)
            {
                return false;
            }
            foreach (var author in Byline)
            {
                var givenName = author.Name.Split(' ')[0];
                foreach (var name in (ReadOnlySpan<string>)[author.Name, givenName])
                {
                    if (name.Length >= 3 && paragraph.StartsWith(name + " ", StringComparison.Ordinal)
                        && paragraph.AsSpan(name.Length + 1) is var rest
                        && (rest.StartsWith("is ", StringComparison.Ordinal) || rest.StartsWith("was ", StringComparison.Ordinal)
                            || rest.StartsWith("covers ", StringComparison.Ordinal) || rest.StartsWith("writes ", StringComparison.Ordinal)
                            || rest.StartsWith("reports ", StringComparison.Ordinal) || rest.StartsWith("edits ", StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        /// <summary>Once each, and not those already credited as byline authors.</summary>
        private List<ContributorDraft> DistinctContributors()
        {
            var result = new List<ContributorDraft>(Contributors.Count);
            foreach (var contributor in Contributors)
            {
                var isAuthor = Byline.Exists(a => string.Equals(a.Name, contributor.Name, StringComparison.OrdinalIgnoreCase));
                var isRepeat = result.Exists(c => string.Equals(c.Name, contributor.Name, StringComparison.OrdinalIgnoreCase) && c.Role == contributor.Role);
                if (!isAuthor && !isRepeat)
                {
                    result.Add(contributor);
                }
            }
            return result;
        }
    }
}
