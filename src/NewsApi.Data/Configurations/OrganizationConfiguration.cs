using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(Organization.SlugMaxLength);
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(Organization.NameMaxLength);
        builder.Property(o => o.Kind).HasMaxLength(Organization.KindMaxLength);
        builder.PrimitiveCollection(o => o.Aliases);
        builder.Property(o => o.Version).IsConcurrencyToken();

        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.NormalizedName).IsUnique();

        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(o => o.Articles).WithOne(l => l.Organization).HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
