using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(Tag.SlugMaxLength);
        builder.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(Tag.NameMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();

        // Stored as text so that the column reads the same in every provider and in raw SQL.
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(Tag.KindMaxLength);

        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.NormalizedName).IsUnique();
        builder.HasIndex(t => t.Kind);

        builder.HasMany(t => t.Articles).WithOne(l => l.Tag).HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
