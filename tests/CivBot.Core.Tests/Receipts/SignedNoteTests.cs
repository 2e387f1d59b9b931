namespace CivBot.Core.Tests.Receipts;

using CivBot.Core.Languages;
using CivBot.Core.Receipts.Checkpoints;

public class SignedNoteTests
{
    // Known-answer vector from c2sp.org/signed-note ("Verifier keys", Example).
    private const string SpecVerifierKey =
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";

    private const string SpecNote =
        "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    [Fact]
    public void The_spec_example_note_verifies_with_the_spec_verifier_key()
    {
        var key = NoteKey.ParseVerifierKey(SpecVerifierKey);
        Assert.NotNull(key);
        Assert.Equal(0x530d903au, key.KeyId);
        Assert.Equal(SpecVerifierKey, key.VerifierKey);

        var note = SignedNote.Parse(SpecNote, out var fault, out _);
        Assert.Null(fault);
        Assert.Equal("This is an example message.\n", note!.Text);
        Assert.Equal(0x530d903au, note.Signatures[0].KeyId);
        Assert.Equal(NoteVerification.Verified, CheckpointCheck.Verify(note, key));
        Assert.Equal(SpecNote, note.Format());
    }

    [Fact]
    public void A_changed_text_under_the_spec_signature_is_a_bad_signature()
    {
        var key = NoteKey.ParseVerifierKey(SpecVerifierKey)!;
        var note = SignedNote.Parse(
            SpecNote.Replace("example message", "examples message"),
            out _,
            out _
        )!;
        Assert.Equal(NoteVerification.BadSignature, CheckpointCheck.Verify(note, key));
    }

    [Fact]
    public void A_verifier_key_whose_id_does_not_match_its_key_is_refused()
    {
        Assert.Null(NoteKey.ParseVerifierKey(SpecVerifierKey.Replace("530d903a", "530d903b")));
        Assert.Null(NoteKey.ParseVerifierKey("example.com/foo+530d903a+AAAA"));
    }

    [Fact]
    public void Signatures_by_other_keys_are_ignored_and_a_note_with_only_those_is_unknown()
    {
        using var ours = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        using var theirs = new CheckpointSigner("other.test", CheckpointSigner.NewPrivateKey());
        var note = theirs.Sign("hello\n");
        Assert.Equal(NoteVerification.UnknownKey, CheckpointCheck.Verify(note, ours.PublicKey));

        var both = note with
        {
            Signatures = [.. note.Signatures, .. ours.Sign("hello\n").Signatures],
        };
        Assert.Equal(NoteVerification.Verified, CheckpointCheck.Verify(both, ours.PublicKey));
    }

    [Fact]
    public void A_note_without_signature_lines_is_refused_with_a_reason()
    {
        Assert.Null(SignedNote.Parse("just text\n", out var fault, out _));
        Assert.Equal(NoteFault.NoSignatureLines, fault);
        Assert.Null(SignedNote.Parse("text\n\n- not a dash line\n", out fault, out var line));
        Assert.Equal((NoteFault.MalformedSignatureLine, "- not a dash line"), (fault, line));
        Assert.Equal(
            "la línea de firma \"- not a dash line\" está mal formada",
            Words.Spanish.NoteFaultText(fault!.Value, line)
        );
    }

    [Fact]
    public void The_signing_key_id_follows_the_spec_formula_and_round_trips_as_a_verifier_key()
    {
        using var signer = new CheckpointSigner("civbot.test", CheckpointSigner.NewPrivateKey());
        var vkey = signer.PublicKey.VerifierKey;
        Assert.StartsWith("civbot.test+", vkey);
        var parsed = NoteKey.ParseVerifierKey(vkey)!;
        Assert.Equal(signer.PublicKey.PublicKey, parsed.PublicKey);
        Assert.Equal(signer.PublicKey.KeyId, parsed.KeyId);
        Assert.Equal(16, signer.PublicKey.Fingerprint.Length);
    }
}
