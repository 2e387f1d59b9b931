namespace CivBot.Core.Receipts.Checkpoints;

/// <summary>What makes a pasted text not a signed note; <see cref="Languages.Words.NoteFaultText"/> says it in words.</summary>
public enum NoteFault
{
    /// <summary>No blank line followed by signature lines.</summary>
    NoSignatureLines,

    /// <summary>The text holds control characters.</summary>
    ControlCharacters,

    /// <summary>A line after the blank line is not "— name signature".</summary>
    MalformedSignatureLine,

    /// <summary>More signature lines than a note may carry.</summary>
    TooManySignatures,
}
