using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class ArticleOrganizationConfiguration : IEntityTypeConfiguration<ArticleOrganization>
{
    public void Configure(EntityTypeBuilder<ArticleOrganization> builder)
    {
        builder.HasKey(l => new { l.ArticleId, l.OrganizationId });

        // The reverse key: "articles of this organization".
        builder.HasIndex(l => l.OrganizationId);
    }
}
