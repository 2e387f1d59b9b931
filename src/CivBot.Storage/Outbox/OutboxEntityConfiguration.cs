namespace CivBot.Storage.Outbox;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="OutboxEntity"/> onto <c>outbox</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class OutboxEntityConfiguration : IEntityTypeConfiguration<OutboxEntity>
{
    public void Configure(EntityTypeBuilder<OutboxEntity> b)
    {
        b.ToTable("outbox");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.Channel).HasColumnName("channel");
        b.Property(e => e.ChatId).HasColumnName("chat_id");
        b.Property(e => e.ThreadId).HasColumnName("thread_id");
        b.Property(e => e.IsDirect).HasColumnName("is_direct");
        b.Property(e => e.MemberId).HasColumnName("member_id");
        b.Property(e => e.RecipientHandle).HasColumnName("recipient_handle");
        b.Property(e => e.MentionHandle).HasColumnName("mention_handle");
        b.Property(e => e.ReplyJson).HasColumnName("reply_json");
        b.Property(e => e.EditKey).HasColumnName("edit_key");
        b.Property(e => e.Status).HasColumnName("status");
        b.Property(e => e.Attempts).HasColumnName("attempts");
        b.Property(e => e.NextAttemptAt).HasColumnName("next_attempt_at");
        b.Property(e => e.CreatedAt).HasColumnName("created_at");
        b.Property(e => e.SentAt).HasColumnName("sent_at");
        b.Property(e => e.PlatformMessageId).HasColumnName("platform_message_id");
        b.Property(e => e.LastError).HasColumnName("last_error");
        b.Property(e => e.DeliveryStatus).HasColumnName("delivery_status");
        b.Property(e => e.FallbackChannel).HasColumnName("fallback_channel");
        b.Property(e => e.FallbackChatId).HasColumnName("fallback_chat_id");
        b.Property(e => e.FallbackThreadId).HasColumnName("fallback_thread_id");
        b.Property(e => e.DeliveryError).HasColumnName("delivery_error");
        b.Property(e => e.ClaimedBy).HasColumnName("claimed_by");
        b.Property(e => e.LeaseUntil).HasColumnName("lease_until");
    }
}
