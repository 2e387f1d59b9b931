namespace CivBot.Core.Ports;

/// <summary>Where channels record delivery reports, next to the outbox row of the message.</summary>
public interface IDeliveryReports
{
    /// <summary>False when no sent message has that platform id (a later part of a split message, say).</summary>
    Task<bool> RecordAsync(DeliveryReport report, CancellationToken cancellationToken);
}
