namespace CivBot.Storage.Groups;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="ChatEntity"/> onto <c>chats</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class ChatEntityConfiguration : IEntityTypeConfiguration<ChatEntity>
{
    public void Configure(EntityTypeBuilder<ChatEntity> b)
    {
        b.ToTable("chats");
        b.HasKey(e => new { e.Channel, e.ChatId });
        b.Property(e => e.Channel).HasColumnName("channel");
        b.Property(e => e.ChatId).HasColumnName("chat_id");
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.CreatedAt).HasColumnName("created_at");
    }
}
