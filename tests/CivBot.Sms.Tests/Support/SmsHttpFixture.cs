namespace CivBot.Sms.Tests.Support;

using CivBot.Testing.Sms;

/// <summary>What the HTTP tests share: the node signer (starting node and loading twilio takes a moment).</summary>
public sealed class SmsHttpFixture : IDisposable
{
    public TwilioSigner Signer { get; } = new();

    public void Dispose() => Signer.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SmsHttpCollection : ICollectionFixture<SmsHttpFixture>
{
    public const string Name = "sms over http";
}
