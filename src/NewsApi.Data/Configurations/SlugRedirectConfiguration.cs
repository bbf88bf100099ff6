using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ResourceType).HasMaxLength(Change.ResourceTypeMaxLength);
        builder.Property(r => r.OldSlug).HasMaxLength(SlugRedirect.SlugMaxLength);
        builder.HasIndex(r => new { r.ResourceType, r.OldSlug }).IsUnique();
    }
}
